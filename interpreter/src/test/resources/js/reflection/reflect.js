var o = {};
print(Reflect.defineProperty(o, "x", { value: 1 })); // expect: true
print(Reflect.defineProperty(Object.freeze({}), "x", { value: 1 })); // expect: false
print(Reflect.get({ get x() { return this.y; } }, "x", { y: 42 })); // expect: 42
var recv = {};
print(Reflect.set({}, "z", 3, recv), recv.z); // expect: true 3
print(Reflect.has({ a: 1 }, "a"), Reflect.has({}, "toString")); // expect: true true
print(Reflect.ownKeys({ b: 1, 2: 0, a: 1, 1: 0 }).join()); // expect: 1,2,b,a
print(Reflect.apply(function (a, b) { return a > b ? a : b; }, null, [1, 3])); // expect: 3
function F() { this.nt = new.target; }
function G() {}
print(Reflect.construct(F, [], G).nt === G); // expect: true
print(Object.getPrototypeOf(Reflect.construct(F, [], G)) === G.prototype); // expect: true
try { Reflect.construct(F, [], () => 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Reflect.get(1, "x"); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(String(Reflect.getPrototypeOf(Object.create(null)))); // expect: null
print(Object.prototype.toString.call(Reflect)); // expect: [object Reflect]
