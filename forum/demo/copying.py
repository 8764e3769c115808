"""Write many rows of one model at once with PostgreSQL's COPY.

bulk_create sends every value as a query parameter; COPY streams the rows as text, which
PostgreSQL reads several times faster. Rows are dicts of values by attribute name
("specialty_id"). The columns are the model's own concrete fields, so a field another
migration adds is written too: with the value a new instance would get when the row does
not name it (its default, or the clock for auto_now fields), prepared for the database by
the field itself, as bulk_create would.
"""

import io
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.db.models import NOT_PROVIDED, Field, Model
from django.utils import timezone

Row = dict[str, object]

NULL = "\\N"
# The characters COPY's text format reserves, in the order that keeps escapes intact.
ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


class CopyTable:
    """One model's table, written in batches of rows whose ids come from its sequence."""

    def __init__(self, model: type[Model]) -> None:
        opts = model._meta
        if opts.parents:
            raise ValueError(f"{model.__name__} inherits a table; COPY writes one table.")
        self.model = model
        self.table = opts.db_table
        self.pk = opts.pk
        self.fields = [field for field in opts.local_concrete_fields if not field.generated]
        self.sequence: str | None = None

    def write(self, rows: Sequence[Row]) -> None:
        """Insert the rows; each gets its id ("id" or the pk's name) set in place."""
        if not rows:
            return
        # The wrapper itself, not the thread-local proxy: fields use it for every value.
        connection = connections[DEFAULT_DB_ALIAS]
        self._reserve_ids(connection, rows)
        columns = self._columns(connection, rows)
        buffer = io.StringIO("".join([_line(row, columns) for row in rows]))
        with connection.cursor() as cursor:
            cursor.copy_expert(self._copy_sql(connection, columns), buffer)

    def _reserve_ids(self, connection: BaseDatabaseWrapper, rows: Sequence[Row]) -> None:
        """Take the next ids from the table's sequence, safe alongside other writers."""
        missing = [row for row in rows if row.get(self.pk.attname) is None]
        if not missing:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(%s::regclass) FROM generate_series(1, %s)",
                [self._sequence(cursor), len(missing)],
            )
            ids = [pk for (pk,) in cursor.fetchall()]
        for row, pk in zip(missing, ids, strict=True):
            row[self.pk.attname] = pk

    def _sequence(self, cursor: CursorWrapper) -> str:
        """The name of the sequence behind the primary key, looked up once."""
        if self.sequence is None:
            quoted_table = cursor.db.ops.quote_name(self.table)
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [quoted_table, self.pk.column])
            (self.sequence,) = cursor.fetchone()
        return self.sequence

    def _columns(self, connection: BaseDatabaseWrapper, rows: Sequence[Row]) -> list["Column"]:
        """Every field, but one left to its database default when no row gives it a value."""
        return [
            Column(field, connection)
            for field in self.fields
            if not _has_db_default(field) or any(field.attname in row for row in rows)
        ]

    def _copy_sql(self, connection: BaseDatabaseWrapper, columns: list["Column"]) -> str:
        quote = connection.ops.quote_name
        names = ", ".join(quote(column.field.column) for column in columns)
        return f"COPY {quote(self.table)} ({names}) FROM STDIN"


class Column:
    """How one field's value reaches the COPY text: filled in, prepared, then escaped."""

    __slots__ = ("attname", "connection", "field", "fill", "prepare")

    def __init__(self, field: Field, connection: BaseDatabaseWrapper) -> None:
        self.field = field
        self.connection = connection
        self.attname = field.attname
        self.fill = _filler(field)
        self.prepare = field.get_db_prep_save

    def text(self, row: Row) -> str:
        value = row[self.attname] if self.attname in row else self.fill()
        return copy_text(self.prepare(value, self.connection))


def _line(row: Row, columns: list[Column]) -> str:
    return "\t".join([column.text(row) for column in columns]) + "\n"


def _filler(field: Field) -> Callable[[], object]:
    """The value a new instance saved now would have for a field the row leaves out."""
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return timezone.now
    if _has_db_default(field) and not field.has_default():
        return _refuse_db_default(field)
    return field.get_default


def _has_db_default(field: Field) -> bool:
    return field.db_default is not NOT_PROVIDED


def _refuse_db_default(field: Field) -> Callable[[], object]:
    def fill() -> object:
        raise ValueError(
            f"{field} has a database default: give it a value in every row of a batch or in none."
        )

    return fill


def copy_text(value: object) -> str:
    """A prepared value as COPY's text format writes it: NULL as \\N, text escaped."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        return _escape(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, int | float | Decimal | uuid.UUID):
        return str(value)
    if hasattr(value, "dumps") and hasattr(value, "adapted"):
        # JSONField values, prepared as psycopg2's Json adapter.
        return _escape(value.dumps(value.adapted))
    raise TypeError(f"COPY cannot write {type(value).__name__} values yet: {value!r}")


def _escape(text: str) -> str:
    for char, escaped in ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return text
