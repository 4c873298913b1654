/*---
description: import() in a script loads a fixture relative to the test
flags: [async]
---*/
import('./module-dep_FIXTURE.js').then(function (ns) {
  assert.sameValue(ns.y, 2);
}).then($DONE, $DONE);
