// Loaded with `node --require` ahead of the code under test: every way out to the network (TCP/TLS connect,
// DNS, http(s), fetch, UDP) is replaced by a function that records the attempt in $SPENDLENS_NET_LOG and throws.
// The test reads the log: an empty one proves nothing was attempted (a swallowed error still leaves its line).
'use strict';
const fs = require('node:fs');
const log = process.env.SPENDLENS_NET_LOG;
// Proof the preload ran in this process (the test checks it, so a preload that silently failed to load cannot pass).
if (log) fs.appendFileSync(`${log}.loaded`, `${process.pid} ${process.argv.slice(1).join(' ')}\n`);

function blocked(what) {
  return function () {
    const line = `${process.pid} ${what} ${JSON.stringify([...arguments].map(a => (typeof a === 'function' ? 'fn' : a)), (k, v) => (v && typeof v === 'object' && k ? '[obj]' : v))}\n`;
    if (log) fs.appendFileSync(log, line);
    throw new Error(`network access blocked by the Spendlens test: ${what}`);
  };
}

const net = require('node:net');
net.Socket.prototype.connect = blocked('net.Socket.connect');
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
const tls = require('node:tls');
tls.connect = blocked('tls.connect');
const dns = require('node:dns');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) dns[fn] = blocked(`dns.${fn}`);
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[fn] = blocked(`dns.promises.${fn}`);
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  m.request = blocked(`${mod}.request`);
  m.get = blocked(`${mod}.get`);
}
require('node:dgram').createSocket = blocked('dgram.createSocket');
globalThis.fetch = blocked('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('WebSocket');
