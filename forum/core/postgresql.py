"""The cursor of the forum's PostgreSQL connections (settings.DATABASES' cursor_factory).

Parameters are bound on the server, which lets psycopg prepare a query run again. The
protocol carries at most MAX_PARAMETERS of them in one statement, and a list of ids can be
longer (`pk__in=` the views counted in a busy hour, the questions of topics merged): such a
statement has its values written into it on the client, as psycopg2 always did, and is
never prepared, since it is unlikely to be run again as it is.
"""

from django.db.backends.postgresql.base import ServerBindingCursor
from psycopg import ClientCursor

MAX_PARAMETERS = 65_535


class Cursor(ServerBindingCursor):
    def execute(self, query, params=None, *, prepare=None, binary=None):
        if params is not None and len(params) > MAX_PARAMETERS:
            query = ClientCursor(self.connection).mogrify(query, params)
            params, prepare = None, False
        return super().execute(query, params, prepare=prepare, binary=binary)
