/*---
description: an async test that reports a failure
flags: [async]
---*/
Promise.resolve(1).then(function (v) {
  assert.sameValue(v, 2, "async value");
}).then($DONE, $DONE);
