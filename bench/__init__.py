"""`make bench`: the site's speed on PostgreSQL, measured the same way every time.

`python -m bench.run` builds (or reuses) a database of demo questions, serves it with
`make serve`, loads it with wrk, times the slow parts inside one Django process, and
saves the figures under bench/results/ so two runs can be compared.
"""
