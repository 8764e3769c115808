"""Saved pages of another Q&A site, read and imported as our questions."""
