/*---
description: a CanBlockIsFalse test runs in an agent that cannot suspend
flags: [CanBlockIsFalse]
---*/
assert.throws(TypeError, function () {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 0);
});
