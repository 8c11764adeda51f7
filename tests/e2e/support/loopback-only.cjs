// Preloaded into the Agents Playground (node --require): it calls server.listen(port), which binds
// every interface. Tests and development mode stay on loopback, so bind 127.0.0.1 instead.
'use strict';
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (first === undefined || typeof first === 'function') {
    args.unshift(0, LOOPBACK);
  } else if (isPort && (second === undefined || typeof second === 'function')) {
    args.splice(1, 0, LOOPBACK);
  } else if (first && typeof first === 'object' && first.port !== undefined && first.host === undefined && first.path === undefined) {
    args[0] = { ...first, host: LOOPBACK };
  }

  return originalListen.apply(this, args);
};
