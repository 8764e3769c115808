"""The cursor of the forum's PostgreSQL connections (settings.DATABASES' cursor_factory).

Parameters are bound on the server, which lets psycopg prepare a query run again. Two
things follow, which this cursor takes care of:

- The protocol carries at most MAX_PARAMETERS in one statement, and a list of ids can be
  longer (`pk__in=` the views counted in a busy hour, the questions of topics merged):
  such a statement has its values written into it on the client instead, and is not
  prepared, since it is unlikely to be run again as it is.
- A prepared statement whose columns changed type since (a migration run by another
  process while this connection stayed open) is refused by PostgreSQL ("cached plan must
  not change result type"). Outside a transaction the connection's prepared statements
  are then dropped and the statement runs again; inside one, the error stands, and the
  transaction with it.

(Named cursors, which `.iterator()` uses, are psycopg's own class and bind on the server
whatever their number of parameters.)
"""

from django.db.backends.postgresql.base import ServerBindingCursor
from psycopg import ClientCursor
from psycopg.errors import FeatureNotSupported
from psycopg.pq import TransactionStatus

MAX_PARAMETERS = 65_535
STALE_PLAN = "cached plan must not change result type"


class Cursor(ServerBindingCursor):
    def execute(self, query, params=None, *, prepare=None, binary=None):
        if params is not None and len(params) > MAX_PARAMETERS:
            query = ClientCursor(self.connection).mogrify(query, params)
            params, prepare = None, False
        try:
            return super().execute(query, params, prepare=prepare, binary=binary)
        except FeatureNotSupported as error:
            idle = self.connection.info.transaction_status == TransactionStatus.IDLE
            if STALE_PLAN not in str(error) or not idle:
                raise
        # psycopg forgets its prepared statements too when it runs this.
        self.connection.execute("DEALLOCATE ALL")
        return super().execute(query, params, prepare=prepare, binary=binary)
