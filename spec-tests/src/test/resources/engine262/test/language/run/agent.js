/*---
description: $262.agent starts an agent on another thread; broadcast, Atomics and reports work across them
---*/
$262.agent.start(
  "$262.agent.receiveBroadcast(function (sab, id) {" +
  "  var ia = new Int32Array(sab);" +
  "  Atomics.add(ia, 0, id);" +
  "  $262.agent.report('got ' + id + ' ' + Atomics.wait(ia, 1, 0, 10000));" +
  "  $262.agent.leaving();" +
  "});");
var ia = new Int32Array(new SharedArrayBuffer(8));
$262.agent.broadcast(ia.buffer, 5);
while (Atomics.load(ia, 0) !== 5) {}
var woken = 0;
while (woken === 0) { woken = Atomics.notify(ia, 1); $262.agent.sleep(1); }
var report;
while ((report = $262.agent.getReport()) === null) { $262.agent.sleep(1); }
assert.sameValue(report, "got 5 ok");
assert.sameValue($262.agent.getReport(), null);
assert.sameValue(typeof $262.agent.monotonicNow(), "number");
