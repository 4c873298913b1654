// Freezing an object without properties (an empty root shape) works, and it can still get private state.
var o = Object.freeze({});
print(Object.isFrozen(o)); // expect: true
var wm = new WeakMap();
wm.set(o, 1);
print(wm.get(o)); // expect: 1
class C { #x = 1; static has(v) { return #x in v; } }
print(C.has(Object.preventExtensions({}))); // expect: false
