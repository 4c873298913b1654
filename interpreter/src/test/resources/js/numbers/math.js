// Math: coercion order, special values and correctly rounded helpers.
print(Object.prototype.toString.call(Math), Math.max(), Math.min()); // expect: [object Math] -Infinity Infinity
print(Math.max(1, NaN, 3), Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0)); // expect: NaN true true
print(Math.round(0.49999999999999994), Math.round(-0.5), Object.is(Math.round(-0.4), -0), Math.round(2.5)); // expect: 0 0 true 3
print(Math.hypot(3, 4), Math.hypot(NaN, Infinity), Math.hypot(), Math.hypot(1e200, 1e200)); // expect: 5 Infinity 0 1.414213562373095e+200
print(Math.pow(1, Infinity), 2 ** -1074, Math.pow(-8, 1 / 3), Math.cbrt(-8)); // expect: NaN 5e-324 NaN -2
print(Math.clz32(1), Math.imul(0xffffffff, 5), Math.sign(-3), Math.trunc(-4.7)); // expect: 31 -5 -1 -4
print(Math.fround(5.5), Math.fround(5.05), Math.f16round(5.05), Math.f16round(65520)); // expect: 5.5 5.050000190734863 5.05078125 Infinity
print(Math.log2(8), Math.log10(1000), Math.atanh(1), Math.acosh(1), Math.asinh(-0) === 0); // expect: 3 3 Infinity 0 true
print(Math.sumPrecise([1e20, 0.1, -1e20]), Math.sumPrecise([]), Object.is(Math.sumPrecise([-0]), -0)); // expect: 0.1 0 true
print(Math.sumPrecise([Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE])); // expect: 1.7976931348623157e+308
try { Math.sumPrecise([1, "2"]); } catch (e) { print(e.name); } // expect: TypeError
var order = [];
Math.max({ valueOf() { order.push("a"); return NaN; } }, { valueOf() { order.push("b"); return 1; } });
print(order.join()); // expect: a,b
var r = Math.random();
print(r >= 0 && r < 1, typeof r); // expect: true number
