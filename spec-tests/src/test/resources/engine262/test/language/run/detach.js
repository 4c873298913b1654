/*---
description: $262.detachArrayBuffer detaches
---*/
var ab = new ArrayBuffer(8);
$262.detachArrayBuffer(ab);
assert.sameValue(ab.byteLength, 0);
assert.sameValue(ab.detached, true);
assert.throws(TypeError, function () { $262.detachArrayBuffer(new SharedArrayBuffer(1)); });
