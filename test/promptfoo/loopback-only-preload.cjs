// Loaded with `node --require` into the promptfoo process: a connection or DNS lookup to anything but the loopback
// address is recorded in $SPENDLENS_NET_LOG and refused, so the test proves promptfoo did not phone home
// (telemetry, update check) while it talked to the local mock server.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const log = process.env.SPENDLENS_NET_LOG;
if (log) fs.appendFileSync(`${log}.loaded`, `${process.pid}\n`);

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
function refuse(what, target) {
  if (log) fs.appendFileSync(log, `${process.pid} ${what} ${target}\n`);
  throw new Error(`network access outside 127.0.0.1 refused by the Spendlens test: ${what} ${target}`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const opts = args[0] && typeof args[0] === 'object' && !Array.isArray(args[0]) ? args[0] : { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
  const host = opts.path ? 'localhost' : (opts.host ?? 'localhost');
  if (!LOOPBACK.test(String(host))) refuse('connect', `${host}:${opts.port}`);
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  if (!LOOPBACK.test(String(host))) refuse('dns.lookup', host);
  return lookup.call(this, host, ...rest);
};
const plookup = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  if (!LOOPBACK.test(String(host))) refuse('dns.promises.lookup', host);
  return plookup.call(this, host, ...rest);
};
