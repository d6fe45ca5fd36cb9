#!/usr/bin/env python3
"""DuckDB generating the standard table (the columns of shared/bench/faker_bench.py) with SQL
alone: list lookups by `hash(i, k)`, `printf`, date arithmetic, and `COPY … TO` CSV.

    python3 bench/duckdb_standard.py --rows 1000000 --out /tmp/d.csv [--threads 2]

Prints `rows=… seconds=… rows_per_s=…` like the other peers. Needs `pip install duckdb`.
The time covers the query and the file written, not the import of duckdb.
"""
import argparse
import time

import duckdb

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
         "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson"]
CITIES = ["New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
          "Dallas", "Austin", "Jacksonville", "Columbus", "Charlotte", "Indianapolis", "Seattle", "Denver",
          "Boston", "Nashville", "Portland", "Las Vegas"]
COUNTRIES = ["United States", "Canada", "Mexico", "United Kingdom", "Germany", "France", "Spain", "Italy",
             "Japan", "Australia", "Brazil", "India", "Netherlands", "Sweden", "Norway", "Ireland"]
SUFFIXES = ["Inc", "LLC", "Group", "Ltd", "and Sons", "PLC", "Partners", "Holdings"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.test"]


def sql_list(values):
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--threads", type=int, default=0, help="0: DuckDB's default (every core)")
    args = ap.parse_args()
    con = duckdb.connect()
    if args.threads:
        con.execute(f"SET threads = {args.threads}")
    pick = lambda values, k: f"({sql_list(values)})[1 + (hash(i, {k}) % {len(values)})::INTEGER]"
    query = f"""
    COPY (
      WITH base AS (
        SELECT i + 1 AS id, {pick(FIRST, 1)} AS first_name, {pick(LAST, 2)} AS last_name, i
        FROM range({args.rows}) t(i))
      SELECT id, first_name, last_name,
             lower(first_name) || '.' || lower(last_name) || (hash(i, 3) % 1000)::VARCHAR || '@' || {pick(DOMAINS, 4)} AS email,
             printf('(%03d) %03d-%04d', 200 + hash(i, 5) % 800, hash(i, 6) % 1000, hash(i, 7) % 10000) AS phone,
             {pick(CITIES, 8)} AS city, {pick(COUNTRIES, 9)} AS country,
             {pick(LAST, 10)} || ' ' || {pick(SUFFIXES, 11)} AS company,
             DATE '2025-01-01' - (hash(i, 12) % 3650)::INTEGER AS signup_date,
             round(1 + (hash(i, 13) % 999900)::DOUBLE / 100, 2) AS amount,
             {pick(['active', 'inactive', 'pending'], 14)} AS status
      FROM base
    ) TO '{args.out}' (HEADER, DELIMITER ',')
    """
    start = time.perf_counter()
    con.execute(query)
    seconds = time.perf_counter() - start
    print(f"rows={args.rows} seconds={seconds:.3f} rows_per_s={int(args.rows / seconds)}")


if __name__ == "__main__":
    main()
