var log = [];
var target = { a: 1 };
var handler = {};
["get", "set", "has", "deleteProperty", "ownKeys", "getOwnPropertyDescriptor", "defineProperty",
 "getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions"].forEach(function (name) {
  handler[name] = function () { log.push(name); return Reflect[name].apply(null, arguments); };
});
var p = new Proxy(target, handler);
p.a; p.b = 2; "a" in p; delete p.b; Object.keys(p); Object.getPrototypeOf(p);
Object.setPrototypeOf(p, null); Object.isExtensible(p); Object.preventExtensions(p);
print(log.join()); // expect: get,set,getOwnPropertyDescriptor,defineProperty,has,deleteProperty,ownKeys,getOwnPropertyDescriptor,getPrototypeOf,setPrototypeOf,isExtensible,preventExtensions

// Invariants: a non-configurable, non-writable property must be reported as it is.
var frozen = Object.freeze({ x: 1 });
var liar = new Proxy(frozen, { get: function () { return 2; } });
try { liar.x; } catch (e) { print(e instanceof TypeError); } // expect: true

// Callable proxies, apply and construct traps.
var f = new Proxy(function (a, b) { return a + b; }, {
  apply: function (t, self, args) { return t.apply(self, args) * 10; },
  construct: function (t, args, nt) { return { made: args[0], nt: nt === P }; }
});
var P = f;
print(typeof f, f(1, 2)); // expect: function 30
var made = new f(5);
print(made.made, made.nt); // expect: 5 true
print(Object.prototype.toString.call(new Proxy([], {}))); // expect: [object Array]
print(Array.isArray(new Proxy([], {}))); // expect: true

// Revocation.
var r = Proxy.revocable({}, {});
r.revoke();
try { r.proxy.x; } catch (e) { print(e.constructor.name); } // expect: TypeError
print(typeof r.proxy); // expect: object
try { Proxy({}, {}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Proxy.length, Proxy.name, "prototype" in Proxy); // expect: 2 Proxy false

// ownKeys trap results are checked.
var dup = new Proxy({}, { ownKeys: function () { return ["a", "a"]; } });
try { Reflect.ownKeys(dup); } catch (e) { print(e.constructor.name); } // expect: TypeError
var ok = new Proxy({}, { ownKeys: function () { return ["b", "1", Symbol.iterator]; } });
print(Reflect.ownKeys(ok).length); // expect: 3
