"""Per-call time of a warm 100-row dataset through the Python client (what the
doppel_data fixture does), against Faker building the same rows in the same run.

    python3 bench/pytest_fixture.py [RUNS] [CALLS]   (DOPPEL_SOCKET names a running daemon)

Rows: customers (id, full name, unique e-mail, country code, birth date,
price-like balance); Faker builds the same six columns per row with the
matching providers. Prints the median per-call time over RUNS runs of CALLS calls.
"""
import statistics
import sys
import time

import doppel
from doppel.data import DataFactory
import faker
from faker import Faker

SCHEMA = {"entities": [{"name": "customers", "fields": [
    {"name": "id", "kind": "id.sequence"},
    {"name": "name", "kind": "person.full_name"},
    {"name": "email", "kind": "internet.email", "unique": True},
    {"name": "country", "kind": "address.country_code"},
    {"name": "birth_date", "kind": "person.birth_date"},
    {"name": "balance", "kind": "commerce.price"}]}]}


def faker_rows(fake, n):
    fake.unique.clear()
    return [{"id": i + 1, "name": fake.name(), "email": fake.unique.email(), "country": fake.country_code(),
             "birth_date": fake.date_of_birth(minimum_age=18, maximum_age=80).isoformat(),
             "balance": float(fake.pydecimal(left_digits=3, right_digits=2, positive=True))} for i in range(n)]


def per_call(fn, calls):
    started = time.perf_counter()
    for i in range(calls):
        fn(i)
    return (time.perf_counter() - started) / calls


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    calls = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    client = doppel.Client()
    data = DataFactory(client, "bench")
    fake = Faker("en_US")
    rows = data(SCHEMA, rows=100)["customers"]
    assert len(rows) == 100 and len(faker_rows(fake, 100)) == 100
    doppel_times, faker_times = [], []
    for _ in range(runs):
        # Each call a different seed, as different tests would ask.
        doppel_times.append(per_call(lambda i: data(SCHEMA, rows=100, seed=i), calls))
        faker_times.append(per_call(lambda i: (fake.seed_instance(i), faker_rows(fake, 100)), calls))
    d, f = statistics.median(doppel_times) * 1e3, statistics.median(faker_times) * 1e3
    print(f"doppel_data, 100 rows, warm daemon: {d:.3f} ms per call (median of {runs} runs x {calls} calls)")
    print(f"Faker {faker.VERSION}, same 100 rows: {f:.3f} ms per call")
    print(f"ratio Faker / doppel: {f / d:.1f}x")


if __name__ == "__main__":
    main()
