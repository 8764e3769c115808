"""Write many rows of one model at once with PostgreSQL's COPY.

bulk_create sends every value as a query parameter; COPY streams the rows as text, which
PostgreSQL reads several times faster. Rows are dicts of values by attribute name
("specialty_id"). The columns are the model's own concrete fields, so a field another
migration adds is written too: with the value a new instance would get when the row does
not name it (its default, or the clock for auto_now fields), prepared for the database by
the field itself, as bulk_create would.
"""

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import NamedTuple

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.db.models import NOT_PROVIDED, Field, Model
from django.utils import timezone
from psycopg.types.json import Jsonb

Row = dict[str, object]

NULL = "\\N"
# The characters COPY's text format reserves, in the order that keeps escapes intact.
ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


class Column(NamedTuple):
    """How one field's value reaches the COPY text: taken or filled in, then prepared."""

    field: Field
    attname: str
    fill: Callable[[], object]
    prepare: Callable[[object, BaseDatabaseWrapper], object]


@dataclass(frozen=True)
class Copy:
    """One COPY statement with its rows, ready to run on any cursor of the connection."""

    sql: str
    data: bytes

    def run(self, cursor: CursorWrapper) -> None:
        """Run it; errors come as Django's (IntegrityError, ...), from any thread."""
        # The whole buffer in one write: a pipelined COPY (forum.demo.saving) competes
        # for the GIL with the drafting thread.
        with cursor.db.wrap_database_errors, cursor.copy(self.sql) as copy:
            copy.write(self.data)


class CopyTable:
    """One model's table, written in batches of rows whose ids come from its sequence."""

    def __init__(self, model: type[Model]) -> None:
        opts = model._meta
        if opts.parents:
            raise ValueError(f"{model.__name__} inherits a table; COPY writes one table.")
        self.table = opts.db_table
        self.pk = opts.pk
        self.fields = [field for field in opts.local_concrete_fields if not field.generated]
        self.sequence: str | None = None

    def write(self, rows: Sequence[Row]) -> None:
        """Insert the rows at once; each gets its primary key set in place."""
        connection = connections[DEFAULT_DB_ALIAS]
        self.reserve_ids(rows)
        with connection.cursor() as cursor:
            self.copy_of(rows).run(cursor)

    def reserve_ids(self, rows: Sequence[Row]) -> None:
        """Give rows without a primary key the next ids of the table's sequence.

        nextval() never hands out an id twice, whatever other transactions write.
        """
        missing = [row for row in rows if row.get(self.pk.attname) is None]
        if not missing:
            return
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute(
                "SELECT nextval(%s::regclass) FROM generate_series(1, %s)",
                [self._sequence(cursor), len(missing)],
            )
            ids = [pk for (pk,) in cursor.fetchall()]
        for row, pk in zip(missing, ids, strict=True):
            row[self.pk.attname] = pk

    def copy_of(self, rows: Sequence[Row], into: str | None = None) -> Copy:
        """The COPY that inserts these rows, which must already have their ids, into the
        model's table or another of the same columns."""
        # The wrapper itself, not the thread-local proxy: fields use it for every value.
        connection = connections[DEFAULT_DB_ALIAS]
        columns = self._columns(rows)
        text = "".join([_line(row, columns, connection) for row in rows])
        quote = connection.ops.quote_name
        names = ", ".join(quote(column.field.column) for column in columns)
        sql = f"COPY {quote(into or self.table)} ({names}) FROM STDIN"
        # Django's PostgreSQL connections always talk UTF8 (client_encoding).
        return Copy(sql, text.encode())

    def _sequence(self, cursor: CursorWrapper) -> str:
        """The name of the sequence behind the primary key, looked up once."""
        if self.sequence is None:
            quoted_table = cursor.db.ops.quote_name(self.table)
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [quoted_table, self.pk.column])
            (self.sequence,) = cursor.fetchone()
        return self.sequence

    def _columns(self, rows: Sequence[Row]) -> list[Column]:
        """Every field, but one left to its database default when no row gives it a value."""
        return [
            Column(field, field.attname, _filler(field), field.get_db_prep_save)
            for field in self.fields
            if not _has_db_default(field) or any(field.attname in row for row in rows)
        ]


def _line(row: Row, columns: list[Column], connection: BaseDatabaseWrapper) -> str:
    values = [
        prepare(row[attname] if attname in row else fill(), connection)
        for _, attname, fill, prepare in columns
    ]
    return "\t".join([copy_text(value) for value in values]) + "\n"


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
    kind = type(value)
    encode = ENCODERS.get(kind) or _encoder_for(kind)
    return encode(value)


def _escape(text: str) -> str:
    for char, escaped in ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return text


def _json(value: object) -> str:
    # JSONField values come prepared as psycopg's Jsonb wrapper, with the field's dumps.
    return _escape((value.dumps or json.dumps)(value.obj))


ENCODERS: dict[type, Callable[[object], str]] = {
    type(None): lambda value: NULL,
    bool: lambda value: "t" if value else "f",
    str: _escape,
    int: str,
    float: repr,
    Decimal: str,
    uuid.UUID: str,
    datetime: datetime.isoformat,
    date: date.isoformat,
    time: time.isoformat,
}


def _encoder_for(kind: type) -> Callable[[object], str]:
    """The encoder of a subclass (a TextChoices member is a str), remembered for next time."""
    for base in kind.__mro__:
        if base in ENCODERS:
            ENCODERS[kind] = ENCODERS[base]
            return ENCODERS[kind]
    if issubclass(kind, Jsonb):
        ENCODERS[kind] = _json
        return _json
    raise TypeError(f"COPY cannot write {kind.__name__} values yet.")
