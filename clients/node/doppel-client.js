#!/usr/bin/env node
// A small Doppel client: the wire protocol with Node's standard library only.
//
// Frames are a 4-byte big-endian length, then that many bytes of UTF-8 JSON
// (JSON-RPC 2.0); see protocol/PROTOCOL.md. Many requests may be in flight on
// one connection; replies are matched by id. The daemon must be running
// (`doppel daemon start`, or any `doppel` command starts it).
//
//   const { DoppelClient } = require('./doppel-client.js');
//   const c = await DoppelClient.connect();
//   console.log(await c.call('ping'));
//   c.close();
//
// As a command: `node doppel-client.js [--socket PATH] METHOD [PARAMS_JSON]`
// prints the result as JSON (exit 1 with the error on stderr).
'use strict';
const net = require('net');
const os = require('os');
const path = require('path');

const MAX_FRAME = 16 * 1024 * 1024;

/** The daemon's socket, by the same rule as `doppel`. */
function socketPath(explicit, env = process.env) {
  if (explicit) return explicit;
  if (env.DOPPEL_SOCKET) return env.DOPPEL_SOCKET;
  if (env.XDG_RUNTIME_DIR) return path.join(env.XDG_RUNTIME_DIR, 'doppel', 'doppel.sock');
  return path.join(env.TMPDIR || '/tmp', `doppel-${os.userInfo().uid}`, 'doppel.sock');
}

class DoppelError extends Error {
  constructor(error) {
    const data = error.data || {};
    super(`${error.message} (code ${error.code}, kind ${data.kind})`);
    this.code = error.code;
    this.rpcMessage = error.message;
    this.data = data;
    this.kind = data.kind;
  }
}

class DoppelClient {
  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    this.pending = new Map(); // id -> {resolve, reject, onNotification}
    this.buffer = Buffer.alloc(0);
    socket.on('data', (data) => this.onData(data));
    const fail = (err) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('doppeld closed the connection')));
  }

  static connect(explicitPath) {
    const where = socketPath(explicitPath);
    return new Promise((resolve, reject) => {
      const socket = net.createConnection(where);
      socket.once('connect', () => resolve(new DoppelClient(socket)));
      socket.once('error', (e) => reject(new Error(`no doppeld at ${where} (${e.code}); start it with \`doppel daemon start\``)));
    });
  }

  onData(data) {
    this.buffer = Buffer.concat([this.buffer, data]);
    while (this.buffer.length >= 4) {
      const n = this.buffer.readUInt32BE(0);
      if (n === 0 || n > MAX_FRAME) {
        this.socket.destroy(new Error(`bad frame length ${n}`));
        return;
      }
      if (this.buffer.length < 4 + n) return;
      const message = JSON.parse(this.buffer.subarray(4, 4 + n).toString('utf8'));
      this.buffer = this.buffer.subarray(4 + n);
      this.dispatch(message);
    }
  }

  dispatch(message) {
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

  /** Sends a request; resolves with its result. `onNotification(method, params)` gets its `$/progress` and `$/chunk`. */
  call(method, params, onNotification) {
    const id = this.nextId++;
    const message = { jsonrpc: '2.0', id, method };
    if (params !== undefined) message.params = params;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const header = Buffer.alloc(4);
    header.writeUInt32BE(body.length, 0);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onNotification });
      this.socket.write(Buffer.concat([header, body]));
    });
  }

  /** Asks the daemon to stop work on request `id` (it still replies, with −32800). */
  cancel(id) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: '$/cancel', params: { id } }), 'utf8');
    const header = Buffer.alloc(4);
    header.writeUInt32BE(body.length, 0);
    this.socket.write(Buffer.concat([header, body]));
  }

  close() { this.socket.end(); }
}

async function main(argv) {
  let args = argv.slice();
  let where;
  if (args[0] === '--socket') { where = args[1]; args = args.slice(2); }
  if (args.length === 0 || args[0] === '-h' || args[0] === '--help') {
    console.log('usage: node doppel-client.js [--socket PATH] METHOD [PARAMS_JSON]');
    return args.length === 0 ? 2 : 0;
  }
  const params = args[1] !== undefined ? JSON.parse(args[1]) : undefined;
  let client;
  try {
    client = await DoppelClient.connect(where);
    const result = await client.call(args[0], params);
    console.log(JSON.stringify(result, null, 2));
    return 0;
  } catch (e) {
    if (e instanceof DoppelError) console.error(JSON.stringify({ code: e.code, message: e.rpcMessage, data: e.data }));
    else console.error(e.message);
    return 1;
  } finally {
    if (client) client.close();
  }
}

module.exports = { DoppelClient, DoppelError, socketPath };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
