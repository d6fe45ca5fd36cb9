"""The `doppel` data source (Spark's Python Data Source API, pyspark 4.0+)."""

import json
import os
import shutil
import subprocess
import tempfile

from pyspark.sql.datasource import DataSource, DataSourceReader, InputPartition

from .types import converter, spark_schema_from_ddl


class DoppelError(RuntimeError):
    """`doppel` failed; the message is its standard error."""


def _doppel(options):
    """The `doppel` executable as an absolute path, found on the driver.

    Executors may run with another environment (PySpark's `pipe` runs with an
    empty one), so the path travels with the options instead of `$PATH`.
    """
    given = options.get("doppel") or os.environ.get("DOPPEL_BIN")
    path = given or shutil.which("doppel")
    if not path:
        raise DoppelError("doppel not found on PATH; set .option('doppel', '/path/to/doppel')")
    return os.path.abspath(path)


def _run(doppel, arguments, socket=None):
    command = [doppel, "generate", *arguments]
    if socket:
        command += ["--socket", socket]
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise DoppelError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")


class DoppelDataSource(DataSource):
    """Options: schema (a Doppel schema file, required), entity (required), seed,
    partitions (default 8), rows (the largest fact table's rows, as --rows; the others scaled), reality (0-10),
    doppel (the executable), socket (the daemon's socket)."""

    @classmethod
    def name(cls):
        return "doppel"

    def _settings(self):
        o = self.options
        for key in ("schema", "entity"):
            if not o.get(key):
                raise DoppelError(f"option {key!r} is required: .option({key!r}, ...)")
        return {
            "schema": os.path.abspath(o["schema"]),
            "entity": o["entity"],
            "seed": str(int(o.get("seed", 0))),
            "partitions": int(o.get("partitions", 8)),
            "rows": o.get("rows"),
            "reality": str(int(o.get("reality", 0))),
            "doppel": _doppel(o),
            "socket": o.get("socket"),
        }

    def _common(self, s):
        args = ["--schema", s["schema"], "--seed", s["seed"], "--reality", s["reality"]]
        if s["rows"]:
            args += ["--rows", str(int(s["rows"]))]
        return args

    def schema(self):
        s = self._settings()
        # One row is enough for the DDL, whose types are those of any row count.
        args = [a for a in self._common(s)]
        if "--rows" in args:
            i = args.index("--rows")
            del args[i:i + 2]
        with tempfile.TemporaryDirectory() as out:
            _run(s["doppel"], args + ["--rows", "1", "--format", "sql", "--dialect", "postgres", "--out", out], s["socket"])
            scripts = [f for f in os.listdir(out) if f.endswith(".sql")]
            with open(os.path.join(out, scripts[0]), encoding="utf-8") as f:
                return spark_schema_from_ddl(f.read(), s["entity"])

    def reader(self, schema):
        return DoppelReader(self._settings(), self._common(self._settings()), schema)


class DoppelShard(InputPartition):
    def __init__(self, index, count):
        super().__init__(index)
        self.index, self.count = index, count


class DoppelReader(DataSourceReader):
    def __init__(self, settings, common, schema):
        self.settings, self.common, self.schema = settings, common, schema

    def partitions(self):
        n = max(1, self.settings["partitions"])
        return [DoppelShard(k, n) for k in range(1, n + 1)]

    def read(self, partition):
        s = self.settings
        convert = [(f.name, converter(f)) for f in self.schema.fields]
        with tempfile.TemporaryDirectory() as out:
            _run(s["doppel"], self.common + ["--format", "jsonl", "--shard", f"{partition.index}/{partition.count}",
                                             "--out", out], s["socket"])
            path = os.path.join(out, s["entity"] + ".jsonl")
            if not os.path.exists(path):
                raise DoppelError(f"doppel wrote no {s['entity']}.jsonl: is {s['entity']!r} a table of the schema?")
            with open(path, encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line)
                    yield tuple(c(row.get(name)) for name, c in convert)


def register(spark):
    """Registers the `doppel` format with `spark`."""
    spark.dataSource.register(DoppelDataSource)
