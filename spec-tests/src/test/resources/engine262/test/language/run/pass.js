/*---
description: a positive test that passes in both modes, with an include
includes: [helper.js]
---*/
assert.sameValue(helperValue(), 42);
assert.throws(TypeError, function () { null.x; });
