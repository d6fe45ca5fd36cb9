"""The doppel data source in a real local Spark: partitions hold exactly the
rows of one unsharded run. Needs DOPPEL_BIN (the doppel executable), a JRE and
pyspark 4; DOPPEL_SOCKET names a private daemon socket (started on demand).

    DOPPEL_BIN=.build/debug/doppel python3 -m unittest discover clients/python/doppel_spark/tests
"""

import os
import subprocess
import sys
import tempfile
import unittest
import zlib

PACKAGE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, PACKAGE)
# Spark's Python workers import the data source too: they inherit the driver's environment.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [PACKAGE, os.environ.get("PYTHONPATH")] if p)

from pyspark.sql import SparkSession, functions as F  # noqa: E402
from pyspark.sql.types import BooleanType, DecimalType, LongType, StringType, TimestampNTZType  # noqa: E402

from doppel_spark import register  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SCHEMA = os.path.join(ROOT, "bench", "shop.json")
DOPPEL = os.environ.get("DOPPEL_BIN", "doppel")
SOCKET = os.environ.get("DOPPEL_SOCKET")
ROWS = 2000


def generate(*arguments):
    command = [DOPPEL, "generate", "--schema", SCHEMA, "--seed", "42", "--rows", str(ROWS), *arguments]
    if SOCKET:
        command += ["--socket", SOCKET]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


class SparkSourceTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spark = (SparkSession.builder.master("local[2]").appName("doppel-spark-test")
                     .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate())
        register(cls.spark)

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()

    def read(self, entity, partitions):
        reader = (self.spark.read.format("doppel").option("schema", SCHEMA).option("entity", entity)
                  .option("seed", 42).option("rows", ROWS).option("partitions", partitions).option("doppel", DOPPEL))
        if SOCKET:
            reader = reader.option("socket", SOCKET)
        return reader.load()

    def test_schema_is_typed_from_the_doppel_schema(self):
        types = {f.name: f.dataType for f in self.read("products", 2).schema.fields}
        self.assertEqual(types["category_id"], LongType())
        self.assertEqual(types["price"], DecimalType(18, 2))
        self.assertEqual(types["in_stock"], BooleanType())
        self.assertEqual(types["id"], StringType())
        types = {f.name: f.dataType for f in self.read("orders", 2).schema.fields}
        self.assertEqual(types["placed_at"], TimestampNTZType())

    def test_partitions_hold_the_unsharded_rows(self):
        # `rows` sizes the largest (fact) table and scales the others, exactly as `doppel generate --rows`.
        with tempfile.TemporaryDirectory() as out:
            generate("--format", "jsonl", "--out", out)
            for entity in ("products", "orders"):
                with open(os.path.join(out, entity + ".jsonl"), encoding="utf-8") as f:
                    expected = sum(1 for line in f if line.strip())
                self.assertGreater(expected, 0, entity)
                sharded = self.read(entity, 7)
                self.assertEqual(sharded.rdd.getNumPartitions(), 7)
                whole = self.read(entity, 1).collect()
                self.assertEqual(len(whole), expected, entity)
                self.assertEqual(sharded.collect(), whole, entity)

    def test_checksums_match_sparks_own_json_reader(self):
        with tempfile.TemporaryDirectory() as out:
            generate("--format", "jsonl", "--out", out)
            plain = self.spark.read.json(os.path.join(out, "orders.jsonl"))
            ours = self.read("orders", 5)
            self.assertEqual(ours.count(), plain.count())

            def checksum(df, column, expression):
                return df.select(F.sum(F.crc32(expression(F.col(column)).cast("string").cast("binary")))).first()[0]

            as_is = lambda c: c  # noqa: E731
            iso = lambda c: F.date_format(c, "yyyy-MM-dd'T'HH:mm:ss'Z'")  # noqa: E731
            for column in ("id", "customer_id", "status", "note", "placed_at", "delivered_at"):
                ours_expression = iso if column.endswith("_at") else as_is
                self.assertEqual(checksum(ours, column, ours_expression), checksum(plain, column, as_is), column)
            # NULLs per column agree too.
            for column in ("delivered_at",):
                self.assertEqual(ours.filter(F.col(column).isNull()).count(), plain.filter(F.col(column).isNull()).count())

    def test_readme_writer_recipe_writes_every_shard(self):
        # The README's writer-side recipe, as printed there: each partition writes its shard's files.
        with tempfile.TemporaryDirectory() as out:
            doppel, schema, socket = os.path.abspath(DOPPEL), SCHEMA, SOCKET

            def write_shard(k):
                import subprocess
                command = [doppel, "generate", "--schema", schema, "--seed", "42", "--rows", str(ROWS),
                           "--format", "csv", "--shard", f"{k}/8", "--out", f"{out}/part-{k}"]
                subprocess.run(command + (["--socket", socket] if socket else []), check=True)

            self.spark.sparkContext.parallelize(range(1, 9), 8).foreach(write_shard)
            parts = b"".join(open(f"{out}/part-{k}/orders.csv", "rb").read() for k in range(1, 9))
            generate("--format", "csv", "--out", f"{out}/whole")
            self.assertEqual(zlib.crc32(parts), zlib.crc32(open(f"{out}/whole/orders.csv", "rb").read()))


if __name__ == "__main__":
    unittest.main()
