// The package against the real daemon ($DOPPEL_SOCKET: a private doppeld with
// --enable-debug-methods, started by .ci/clients.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Doppel, DoppelError, DoppelTimeout } from '../index.mjs';

const schema = { entities: [{ name: 't', fields: [{ name: 'id', kind: 'id.sequence' }, { name: 'email', kind: 'internet.email' }] }] };

test('every method answers', async () => {
  const c = await Doppel.connect({ autostart: false });
  try {
    assert.deepEqual(await c.ping(), { pong: true });
    assert.ok(c.server.methods.includes('kinds.list'));
    const kinds = await c.kindsList();
    assert.equal(kinds.find((k) => k.kind === 'internet.email').type, 'string');
    const v = await c.schemaValidate('{"entities": [{"name": "u", "fields": [{"name": "m", "kind": "internet.emial"}]}]}');
    assert.equal(v.valid, false);
    assert.equal(v.problems[0].suggestion, 'internet.email');
    assert.equal((await c.schemaJSONSchema()).$schema, 'https://json-schema.org/draft/2020-12/schema');
    const plan = await c.schemaPlan('customers (id, name, email)');
    assert.ok(plan.schema.entities.length >= 1);
    const rows = await c.rows(schema, { rows: 3, seed: 1 });
    assert.deepEqual(rows.t.map((r) => r.id), [1, 2, 3]);
    assert.deepEqual(await c.rows(schema, { rows: 3, seed: 1 }), rows, 'same seed, same rows');
    assert.ok('datasets' in (await c.datasetsList()));
    await assert.rejects(c.call('schema.validate', {}), (e) => e instanceof DoppelError && e.kind === 'INVALID_PARAMS');
  } finally { c.close(); }
});

test('streamed results are async iterators', async () => {
  const c = await Doppel.connect({ autostart: false });
  try {
    const s = c.generateStream({ schema, rows: 4, output_format: 'jsonl' });
    let text = '';
    for await (const piece of s) text += piece.text;
    assert.equal(text.trim().split('\n').length, 4);
    assert.equal(s.result.datasets.t.streamed, true);
  } finally { c.close(); }
});

test('breaking out of a stream, a timeout and an abort each cancel the request', async () => {
  const c = await Doppel.connect({ autostart: false });
  try {
    const cancelled = async () => (await c.status()).methods['debug.sleep']?.cancelled ?? 0;
    const before = await cancelled();
    for await (const _ of c.stream('debug.sleep', { seconds: 30 })) break;
    await assert.rejects(c.call('debug.sleep', { seconds: 30 }, { timeout: 200 }), DoppelTimeout);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user pressed stop')), 200);
    await assert.rejects(c.call('debug.sleep', { seconds: 30 }, { signal: controller.signal }), /user pressed stop/);
    // The daemon counts a cancellation when its reply goes out; give it a moment.
    for (let i = 0; i < 50 && (await cancelled()) < before + 3; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await cancelled(), before + 3);
  } finally { c.close(); }
});

test('auto-start starts a daemon on a fresh socket', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doppel-node-'));
  const where = path.join(dir, 'run', 'd.sock');
  try {
    await assert.rejects(Doppel.connect({ socket: where, autostart: false }), /no doppeld/);
    const c = await Doppel.connect({ socket: where });
    assert.deepEqual(await c.ping(), { pong: true });
    await c.shutdown();
    c.close();
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});
