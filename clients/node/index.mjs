// Doppel for Node: the wire protocol with the standard library only.
//
// Frames are a 4-byte big-endian length, then that many bytes of UTF-8
// JSON-RPC 2.0 (protocol/PROTOCOL.md). Many requests may be in flight on one
// connection; replies are matched by id. Types: index.d.mts.
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

export const MAX_FRAME = 16 * 1024 * 1024;

/** The daemon's socket, by the same rule as `doppel`. */
export function socketPath(explicit, env = process.env) {
  if (explicit) return explicit;
  if (env.DOPPEL_SOCKET) return env.DOPPEL_SOCKET;
  if (env.XDG_RUNTIME_DIR) return path.join(env.XDG_RUNTIME_DIR, 'doppel', 'doppel.sock');
  return path.join(env.TMPDIR || '/tmp', `doppel-${os.userInfo().uid}`, 'doppel.sock');
}

/** A JSON-RPC error from the daemon, with its stable `kind`. */
export class DoppelError extends Error {
  constructor(error) {
    const data = error.data || {};
    super(`${error.message} (code ${error.code}, kind ${data.kind})`);
    this.name = 'DoppelError';
    this.code = error.code;
    this.rpcMessage = error.message;
    this.data = data;
    this.kind = data.kind;
  }
}

/** No reply within the timeout; the request was cancelled with `$/cancel`. */
export class DoppelTimeout extends Error {
  constructor(method, ms) {
    super(`no reply to ${method} within ${ms} ms; cancelled`);
    this.name = 'DoppelTimeout';
  }
}

function frame(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  if (body.length > MAX_FRAME) throw new RangeError(`request of ${body.length} bytes exceeds the frame limit`);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

function connectSocket(where) {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(where);
    socket.once('connect', () => { socket.removeAllListeners('error'); resolve(socket); });
    socket.once('error', reject);
  });
}

function given(params) {
  const out = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

export class Doppel {
  /** Connects (starting `doppeld` when nothing listens, unless `autostart: false`) and says hello. */
  static async connect({ socket, timeout = 60_000, autostart = true, daemon } = {}) {
    const where = socketPath(socket);
    let s;
    try {
      s = await connectSocket(where);
    } catch (first) {
      if (!autostart) throw new Error(`no doppeld at ${where} (${first.code}); start it with \`doppel daemon start\``);
      const exe = daemon || process.env.DOPPELD || 'doppeld';
      fs.mkdirSync(path.dirname(where), { recursive: true, mode: 0o700 });
      let said = '';
      try {
        execFileSync(exe, ['--detach', '--socket', where], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
      } catch (e) {
        said = String(e.stderr || e.message).trim(); // another client may have started it meanwhile
      }
      try { s = await connectSocket(where); } catch (e) {
        throw new Error(`could not start doppeld on ${where} (${e.code}): ${said}`);
      }
    }
    const client = new Doppel(s, timeout);
    client.server = await client.call('initialize', { client: { name: 'doppel-node', version: '0.1.0' }, protocol: '1.0' });
    return client;
  }

  constructor(socket, timeout) {
    this.socket = socket;
    this.timeout = timeout;
    this.nextId = 1;
    this.pending = new Map(); // id -> {resolve, reject, onNotification}
    this.buffer = Buffer.alloc(0);
    socket.on('data', (data) => this.#onData(data));
    const fail = (err) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('doppeld closed the connection')));
  }

  #onData(data) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
    while (this.buffer.length >= 4) {
      const n = this.buffer.readUInt32BE(0);
      if (n === 0 || n > MAX_FRAME) { this.socket.destroy(new Error(`bad frame length ${n}`)); return; }
      if (this.buffer.length < 4 + n) return;
      const message = JSON.parse(this.buffer.subarray(4, 4 + n).toString('utf8'));
      this.buffer = this.buffer.subarray(4 + n);
      this.#dispatch(message);
    }
  }

  #dispatch(message) {
    if (message.id === undefined) {
      const p = message.params && this.pending.get(message.params.id);
      if (p && p.onNotification) p.onNotification(message.method, message.params);
      return;
    }
    const p = this.pending.get(message.id);
    if (!p) return;
    this.pending.delete(message.id);
    if (message.error) p.reject(new DoppelError(message.error));
    else p.resolve(message.result);
  }

  /**
   * Sends a request and resolves with its result. A timeout (ms; 0 for none)
   * or an aborted `signal` sends `$/cancel` and rejects.
   */
  call(method, params, { timeout = this.timeout, signal, onNotification } = {}) {
    const id = this.nextId++;
    const message = { jsonrpc: '2.0', id, method };
    if (params !== undefined) message.params = params;
    return new Promise((resolve, reject) => {
      let timer;
      const done = (fn) => (value) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); fn(value); };
      const giveUp = (error) => {
        if (!this.pending.has(id)) return;
        this.pending.delete(id);
        this.cancel(id);
        done(reject)(error);
      };
      const onAbort = () => giveUp(signal.reason ?? new Error('aborted'));
      this.pending.set(id, { resolve: done(resolve), reject: done(reject), onNotification });
      if (timeout) timer = setTimeout(() => giveUp(new DoppelTimeout(method, timeout)), timeout);
      if (signal) {
        if (signal.aborted) { onAbort(); return; }
        signal.addEventListener('abort', onAbort, { once: true });
      }
      this.socket.write(frame(message));
    });
  }

  /**
   * Calls `method` with `stream: true`; the `$/chunk` items as an async
   * iterator. `return()` (a `break` out of `for await`) cancels the request.
   * The final result is on `.result` once the loop ends.
   */
  stream(method, params = {}, options = {}) {
    const queue = [];
    let wake = null, finished = false, failure = null;
    const controller = new AbortController();
    const stream = {
      result: undefined,
      [Symbol.asyncIterator]() { return this; },
      next: async () => {
        while (true) {
          if (queue.length) return { value: queue.shift(), done: false };
          if (failure) throw failure;
          if (finished) return { value: undefined, done: true };
          await new Promise((r) => { wake = r; });
        }
      },
      return: async () => {
        if (!finished) controller.abort(new Error('stream closed early'));
        finished = true;
        return { value: undefined, done: true };
      },
    };
    const notify = () => { if (wake) { const w = wake; wake = null; w(); } };
    this.call(method, { ...params, stream: true }, {
      ...options,
      signal: options.signal ?? controller.signal,
      onNotification: (name, p) => { if (name === '$/chunk') { queue.push(...p.items); notify(); } },
    }).then((result) => { stream.result = result; finished = true; notify(); },
            (error) => { if (!finished) failure = error; finished = true; notify(); });
    return stream;
  }

  /** Asks the daemon to stop request `id` (it answers it with −32800). */
  cancel(id) { this.socket.write(frame({ jsonrpc: '2.0', method: '$/cancel', params: { id } })); }

  close() { this.socket.end(); }

  // Methods -------------------------------------------------------------------
  ping() { return this.call('ping'); }
  status() { return this.call('status'); }
  shutdown() { return this.call('shutdown'); }
  async kindsList() { return (await this.call('kinds.list')).kinds; }
  schemaValidate(text) { return this.call('schema.validate', { text }); }
  schemaJSONSchema() { return this.call('schema.jsonschema'); }
  schemaPlan(prompt, params = {}) { return this.call('schema.plan', given({ prompt, ...params })); }
  generate(params, options) { return this.call('generate', given(params), options); }
  generateStream(params, options) { return this.stream('generate', given(params), options); }
  generateData(prompt, params = {}) { return this.call('generate_data', given({ prompt, ...params })); }
  datasetsList() { return this.call('datasets.list'); }
  datasetsGet(id) { return this.call('datasets.get', { id }); }
  datasetsDelete(id) { return this.call('datasets.delete', { id }); }
  feedbackGenerate(params, options) { return this.call('feedback.generate', given(params), options); }
  ticketsGenerate(params, options) { return this.call('tickets.generate', given(params), options); }
  interviewsGenerate(params, options) { return this.call('interviews.generate', given(params), options); }
  conversationsGenerate(params, options) { return this.call('conversations.generate', given(params), options); }
  synthDataGenerate(params, options) { return this.call('synth_data.generate', given(params), options); }

  /** Rows of a schema (or prompt) as `{table: [row objects]}`, like the pytest plugin's doppel_data. */
  async rows(source, { rows = 10, seed, reality = 0 } = {}) {
    const from = typeof source === 'string' ? { prompt: source } : { schema: source };
    const result = await this.generate({ ...from, rows, seed, reality, output_format: 'json' });
    return Object.fromEntries(Object.entries(result.datasets).map(([t, d]) => [t, d.content ?? []]));
  }
}
