/*---
description: a CanBlockIsTrue test may wait
flags: [CanBlockIsTrue]
---*/
assert.sameValue(Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1), "timed-out");
