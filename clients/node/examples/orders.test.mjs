// An example suite with node:test: tests that need realistic rows ask the daemon.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Doppel } from '../index.mjs';

const shop = {
  entities: [
    { name: 'customers', fields: [
      { name: 'id', type: 'integer', primary_key: true },
      { name: 'email', kind: 'internet.email', unique: true }] },
    { name: 'orders', fields: [
      { name: 'id', type: 'integer', primary_key: true },
      { name: 'customer_id', references: 'customers.id' },
      { name: 'total', kind: 'commerce.price' }] },
  ],
};

let doppel;
before(async () => { doppel = await Doppel.connect(); });
after(() => doppel.close());

test('every order belongs to a customer', async () => {
  const { customers, orders } = await doppel.rows(shop, { rows: 25, seed: 7 });
  const ids = new Set(customers.map((c) => c.id));
  assert.ok(orders.every((o) => ids.has(o.customer_id)));
});

test('totals are positive money amounts', async () => {
  const { orders } = await doppel.rows(shop, { rows: 25, seed: 8 });
  assert.ok(orders.every((o) => o.total > 0 && Math.abs(o.total * 100 - Math.round(o.total * 100)) < 1e-6));
});
