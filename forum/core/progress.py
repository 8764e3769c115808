"""A one-line progress bar for management commands that run for minutes."""

WIDTH = 30


def write_progress(stdout, label: str, done: int, total: int) -> None:
    """Redraw "label done/total [####....] 40%" in place; end the line when done."""
    share = done / total if total else 1
    filled = round(share * WIDTH)
    bar = "#" * filled + "." * (WIDTH - filled)
    stdout.write(f"\r  {label} {done}/{total} [{bar}] {share:.0%}", ending="")
    if done >= total:
        stdout.write("")
