/*---
description: $262.createRealm, evalScript and global
---*/
var other = $262.createRealm();
assert.sameValue(typeof other.evalScript, "function");
assert.sameValue(other.global === this, false, "a new global object");
other.evalScript("var fromOther = 7;");
assert.sameValue(other.global.fromOther, 7);
assert.sameValue(typeof fromOther, "undefined", "not visible here");
assert.sameValue(other.evalScript("fromOther * 2"), 14, "completion value");
assert.sameValue(other.global.Array === Array, false, "its own intrinsics");
var caught;
try {
  other.evalScript("var var;");
} catch (e) {
  caught = e;
}
assert.sameValue(caught.constructor, other.global.SyntaxError, "a SyntaxError of the other realm");
assert.sameValue(typeof other.createRealm, "function");
assert.sameValue($262.global, this);
assert.sameValue($262.gc(), undefined);
$262.evalScript("var fromHere = 1;");
assert.sameValue(fromHere, 1);
