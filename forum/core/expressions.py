"""Query expressions Django does not have."""

from django.db.models import Lookup


class IsDistinctFrom(Lookup):
    """`lhs IS DISTINCT FROM rhs`: not equal, NULL being a value like any other. Used in
    filter(), so that an update writes only the rows whose value changes."""

    lookup_name = "is_distinct_from"

    def as_sql(self, compiler, connection, operator="IS DISTINCT FROM"):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} {operator} {rhs}", [*lhs_params, *rhs_params]

    def as_sqlite(self, compiler, connection):
        # SQLite's own spelling, older than its IS DISTINCT FROM.
        return self.as_sql(compiler, connection, operator="IS NOT")
