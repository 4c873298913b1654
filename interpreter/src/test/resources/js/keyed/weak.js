// WeakMap, WeakSet, WeakRef and FinalizationRegistry: the API surface (reachability is tested in Java).
var wm = new WeakMap();
var k = {};
var sym = Symbol("local");
wm.set(k, 1).set(sym, 2);
print(wm.get(k), wm.get(sym), wm.has({}), wm.delete(k), wm.has(k)); // expect: 1 2 false true false
print(wm.getOrInsert(k, "v"), wm.getOrInsertComputed({}, function () { return "c"; })); // expect: v c
var frozen = Object.freeze({});
wm.set(frozen, "ok");
print(wm.get(frozen), Object.getOwnPropertyNames(frozen).length); // expect: ok 0
var ws = new WeakSet([k]);
print(ws.has(k), ws.delete(k), ws.has(k)); // expect: true true false
var ref = new WeakRef(k);
print(ref.deref() === k); // expect: true
var registry = new FinalizationRegistry(function () {});
print(registry.register(k, "held", k), registry.unregister(k), registry.unregister(k)); // expect: undefined true false
try { wm.set(Symbol.for("registered"), 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { registry.register(k, k); } catch (e) { print(e.constructor.name); } // expect: TypeError
new WeakSet().add(1); // expect-error: TypeError
