"""Spark types from the PostgreSQL DDL Doppel writes for a schema.

The DDL is where Doppel states each column's resolved type (a schema may leave
`type` to be inferred from `kind`, and the reality engine declares TEXT the
columns its defects no longer fit), so it is read rather than guessed again.
"""

import datetime
import decimal
import json
import re

from pyspark.sql.types import (BooleanType, DateType, DecimalType, DoubleType, LongType, StringType,
                               StructField, StructType, TimestampNTZType)

_CREATE = re.compile(r'^CREATE TABLE "((?:[^"]|"")+)" \($')
_COLUMN = re.compile(r'^  "((?:[^"]|"")+)" (.+?)( NOT NULL)?,?$')
_NUMERIC = re.compile(r'^NUMERIC\((\d+), (\d+)\)$')


def _spark_type(sql_type):
    m = _NUMERIC.match(sql_type)
    if m:
        return DecimalType(min(38, int(m.group(1))), int(m.group(2)))
    return {
        "BIGINT": LongType(),
        "DOUBLE PRECISION": DoubleType(),
        "BOOLEAN": BooleanType(),
        "DATE": DateType(),
        "TIMESTAMP": TimestampNTZType(),
    }.get(sql_type, StringType())  # TEXT, UUID, TIME, JSONB


def spark_schema_from_ddl(ddl, entity):
    """The StructType of `entity`'s CREATE TABLE in a PostgreSQL script."""
    fields, inside = [], False
    for line in ddl.splitlines():
        if not inside:
            m = _CREATE.match(line)
            inside = bool(m) and m.group(1).replace('""', '"') == entity
            continue
        if line.startswith(")"):
            break
        m = _COLUMN.match(line)
        if m:
            fields.append(StructField(m.group(1).replace('""', '"'), _spark_type(m.group(2)), m.group(3) is None))
    if not fields:
        raise ValueError(f"no table {entity!r} in the schema's DDL")
    return StructType(fields)


def converter(field):
    """A function from a JSONL value to the Python value Spark expects for `field`."""
    t = field.dataType
    if isinstance(t, StringType):
        return lambda v: v if isinstance(v, str) or v is None else json.dumps(v, separators=(",", ":"), ensure_ascii=False)
    if isinstance(t, DecimalType):
        return lambda v: None if v is None else decimal.Decimal(str(v))
    if isinstance(t, DateType):
        return lambda v: None if v is None else datetime.date.fromisoformat(v)
    if isinstance(t, TimestampNTZType):
        return lambda v: None if v is None else datetime.datetime.fromisoformat(v.rstrip("Z"))
    if isinstance(t, DoubleType):
        return lambda v: None if v is None else float(v)
    return lambda v: v
