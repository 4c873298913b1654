// Retained heap per idle Node vm context, as dev.islet.bench.isolate.IsolateFootprint measures the JVM
// engines: make COUNT contexts that have evaluated the script, hold them, and divide the growth of the
// V8 heap after a full collection by COUNT. usage: node --expose-gc bench/node/footprint.js [COUNT]
'use strict';
const vm = require('vm');
const SCRIPT = 'JSON.stringify({a: [1, 2, 3]})';
const count = Number(process.argv[2] || 10000);

function make() {
  const context = vm.createContext({});
  const value = vm.runInContext(SCRIPT, context);
  if (value !== '{"a":[1,2,3]}') throw new Error('unexpected result ' + value);
  return context;
}

function usedAfterGc() {
  for (let i = 0; i < 4; i++) global.gc();
  return process.memoryUsage().heapUsed;
}

if (typeof global.gc !== 'function') throw new Error('run with --expose-gc');
for (let i = 0; i < 200; i++) make();
const before = usedAfterGc();
const held = [];
for (let i = 0; i < count; i++) held.push(make());
const after = usedAfterGc();
console.log(JSON.stringify({ engine: 'node vm', count: held.length, bytesPerSandbox: Math.round((after - before) / count) }));
