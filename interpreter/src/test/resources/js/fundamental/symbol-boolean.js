var s = Symbol("desc");
print(s.description, Symbol().description, String(s), s.toString()); // expect: desc undefined Symbol(desc) Symbol(desc)
print(Object(s)[Symbol.toPrimitive]() === s, Object(s) == s); // expect: true true
print(Symbol.for("k") === Symbol.for("k"), Symbol.keyFor(Symbol.for("k")), Symbol.keyFor(s)); // expect: true k undefined
try { new Symbol(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Symbol.keyFor("k"); } catch (e) { print(e.constructor.name); } // expect: TypeError
var d = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
print(d.writable, d.enumerable, d.configurable, d.value.name, d.value.length); // expect: false false true [Symbol.toPrimitive] 1
print(Object.prototype.toString.call(s), Symbol.length, typeof Symbol.asyncDispose); // expect: [object Symbol] 0 symbol
print(new Boolean(false) ? "truthy" : "falsy", Boolean(""), Boolean.prototype.valueOf()); // expect: truthy false false
print(new Boolean(true).toString(), Object.prototype.toString.call(Boolean.prototype)); // expect: true [object Boolean]
try { Boolean.prototype.toString.call(1); } catch (e) { print(e.constructor.name); } // expect: TypeError
