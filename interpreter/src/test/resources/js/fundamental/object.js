var g = Object.groupBy([1, 2, 3, 4, 5], function (v, i) { return v % 2 ? "odd" : "even"; });
print(Object.getPrototypeOf(g), Object.keys(g).join(), g.odd.join(), g.even.join()); // expect: undefined odd,even 1,3,5 2,4
var idx = Object.groupBy(["a", "b"], function (v, i) { return i; });
print(Object.keys(idx).join(), idx[1][0]); // expect: 0,1 b
var o = {};
o.__defineGetter__("x", function () { return 42; });
o.__defineSetter__("x", function (v) { this.y = v; });
o.x = 7;
print(o.x, o.y, o.__lookupGetter__("x")(), typeof o.__lookupSetter__("x")); // expect: 42 7 42 function
print(Object.create(o).__lookupGetter__("x") === o.__lookupGetter__("x"), o.__lookupGetter__("y")); // expect: true undefined
var d = Object.getOwnPropertyDescriptor(o, "x");
print(d.enumerable, d.configurable); // expect: true true
try { o.__defineGetter__("z", 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.prototype.toString.call(null), Object.prototype.toString.call(true), Object.prototype.toString.call(function () {})); // expect: [object Null] [object Boolean] [object Function]
print(Object.prototype.toString.call((function () { return arguments; })())); // expect: [object Arguments]
print(Object.entries({ a: 1, b: 2 }).join("|"), Object.fromEntries([["k", "v"]]).k); // expect: a,1|b,2 v
print(Object.isFrozen(Object.freeze({ a: 1 })), Object.isSealed(Object.seal({ a: 1 }))); // expect: true true
