"""Demo content for `manage.py seed_demo`: original text, composed deterministically."""
