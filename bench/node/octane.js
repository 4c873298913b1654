// Times one Octane program under node, the way JMH times the Java engines: warm-up iterations, then
// measured iterations of a fixed length, each reporting operations per second (one operation = one call
// of the workload's run function). As dev.islet.bench.macro.OctaneProgram does (and Octane's base.js):
// reset the deterministic Math.random, call the setup function, make CHECK_RUNS checked calls, measure,
// then call the tear-down function (Splay checks its tree there). Prints one JSON line for
// bench/report/Results.java.
//
// usage: node [--jitless] bench/node/octane.js OCTANE_DIR NAME FILE RUN SETUP TEARDOWN CHECK_RUNS \
//            [WARMUP_ITERS ITERS SECONDS]          (SETUP, TEARDOWN: a global function name, or - for none)
//   e.g. node --jitless bench/node/octane.js ../shared/bench/octane Richards.run richards.js runRichards - - 1 3 5 2
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [dir, name, file, entry, setupName, tearDownName, checkRunsArg, warmupArg, itersArg, secondsArg] =
  process.argv.slice(2);
if (!dir || !name || !file || !entry || !setupName || !tearDownName || !checkRunsArg) {
  console.error('usage: node [--jitless] octane.js OCTANE_DIR NAME FILE RUN SETUP TEARDOWN CHECK_RUNS '
    + '[WARMUP_ITERS ITERS SECONDS]');
  process.exit(2);
}
const warmups = Number(warmupArg || 3);
const iterations = Number(itersArg || 5);
const seconds = Number(secondsArg || 2);

// Load base.js and the program into this context's global scope, as the Java engines do.
for (const f of ['base.js', file]) {
  vm.runInThisContext(fs.readFileSync(path.join(dir, f), 'utf8'), { filename: f });
}
function globalFunction(fname) {
  const f = globalThis[fname];
  if (typeof f !== 'function') {
    console.error(fname + ' is not a global function after loading ' + file);
    process.exit(1);
  }
  return f;
}
const run = globalFunction(entry);
BenchmarkSuite.ResetRNG();
if (setupName !== '-') globalFunction(setupName)();
for (let i = 0; i < Number(checkRunsArg); i++) run();

function iteration() {
  const limit = seconds * 1e9;
  const start = process.hrtime.bigint();
  let ops = 0;
  let elapsed = 0;
  do {
    run();
    ops++;
    elapsed = Number(process.hrtime.bigint() - start);
  } while (elapsed < limit);
  return ops / (elapsed / 1e9);
}

for (let i = 0; i < warmups; i++) iteration();
const rawData = [];
for (let i = 0; i < iterations; i++) rawData.push(iteration());
if (tearDownName !== '-') globalFunction(tearDownName)();

const engine = process.execArgv.includes('--jitless') ? 'node --jitless' : 'node';
console.log(JSON.stringify({ benchmark: name, engine, unit: 'ops/s', rawData }));
