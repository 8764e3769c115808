"""Percentiles without numpy: the benchmark runs on the project's own dependencies."""

from collections.abc import Sequence


def percentile(values: Sequence[float], share: float) -> float | None:
    """The `share` percentile (0 to 100) with linear interpolation, as numpy's default."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * share / 100
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None
