"""A Spark data source that generates a Doppel table, one shard per partition.

    from doppel_spark import register
    register(spark)
    df = (spark.read.format("doppel")
          .option("schema", "shop.json").option("entity", "orders")
          .option("seed", 42).option("partitions", 64).load())

Each partition runs `doppel generate --shard K/N --format jsonl` and yields
typed rows; the partitions together hold exactly the rows of one unsharded
run. See README.md beside this file.
"""

from .source import DoppelDataSource, register
from .types import spark_schema_from_ddl

__all__ = ["DoppelDataSource", "register", "spark_schema_from_ddl"]
