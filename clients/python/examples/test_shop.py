"""An example suite: tests that need realistic rows ask doppel_data for them.

Run with `pytest clients/python/examples` once `pip install ./clients/python`
is done; the plugin starts doppeld if none is running.
"""
import csv
from pathlib import Path

SHOP = Path(__file__).parent / "schemas" / "shop.json"


def test_every_order_belongs_to_a_customer(doppel_data):
    data = doppel_data(SHOP, rows=20)
    customer_ids = {c["id"] for c in data["customers"]}
    assert len(data["orders"]) == 20
    assert all(o["customer_id"] in customer_ids for o in data["orders"])


def test_emails_are_unique_and_well_formed(doppel_data):
    customers = doppel_data(SHOP, rows=50)["customers"]
    emails = [c["email"] for c in customers]
    assert len(set(emails)) == len(emails)
    assert all("@" in e and "." in e.split("@")[1] for e in emails)


def test_the_same_test_sees_the_same_data(doppel_data):
    # No seed given: it comes from this test's node id, so both calls agree.
    assert doppel_data(SHOP, rows=5) == doppel_data(SHOP, rows=5)
    assert doppel_data(SHOP, rows=5, seed=1) != doppel_data(SHOP, rows=5, seed=2)


def test_a_schema_dict_works_too(doppel_data):
    schema = {"entities": [{"name": "events", "fields": [
        {"name": "id", "kind": "id.sequence"},
        {"name": "at", "kind": "datetime.recent"},
        {"name": "level", "kind": "enum", "values": ["info", "warn", "error"], "weights": [8, 1, 1]}]}]}
    events = doppel_data(schema, rows=30)["events"]
    assert [e["id"] for e in events] == list(range(1, 31))
    assert {e["level"] for e in events} <= {"info", "warn", "error"}


def test_a_prompt_is_planned_then_generated(doppel_data):
    data = doppel_data("customers (id, name, email) and their orders (id, customer_id, total)", rows=8)
    assert set(data) == {"customers", "orders"}
    assert len(data["customers"]) == 8


def test_files_land_in_tmp_path(doppel_data, tmp_path):
    paths = doppel_data.files(SHOP, rows=10, format="csv")
    assert set(paths) == {"customers", "orders"}
    assert paths["orders"].parent == tmp_path
    with open(paths["customers"], newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 10 and set(rows[0]) == {"id", "name", "email", "country"}
