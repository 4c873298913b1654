// Number: conversions, statics and the exact formatting methods.
print(String(Number("0x10")), String(Number(" 12 ")), String(Number("1e1000")), String(Number(10n))); // expect: 16 12 Infinity 10
print(String(Number(2n ** 64n)), String(new Number(5) + 1), typeof new Number(5)); // expect: 18446744073709552000 6 object
print(Number.parseFloat === parseFloat, Number.parseInt === parseInt); // expect: true true
print(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1)); // expect: true false false true
print(Number.isNaN("x"), Number.isFinite("1"), Number.isFinite(1e308)); // expect: false false true
print(String(Number.EPSILON), String(Number.MIN_VALUE), String(Number.MAX_VALUE)); // expect: 2.220446049250313e-16 5e-324 1.7976931348623157e+308
print((1.005).toFixed(2), (1e21).toFixed(2), (-1.5).toFixed(0), (0.000001).toFixed(7)); // expect: 1.00 1e+21 -2 0.0000010
print((123.456).toExponential(), (123.456).toExponential(2), (0).toExponential(), (-Infinity).toExponential(1000)); // expect: 1.23456e+2 1.23e+2 0e+0 -Infinity
print((123.456).toPrecision(4), (0.00001).toPrecision(1), (1e21).toPrecision(3), (123).toPrecision()); // expect: 123.5 0.00001 1.00e+21 123
print((255).toString(16), (-255).toString(2), (0.5).toString(3), (1e21).toString(36)); // expect: ff -11111111 0.1111111111111111111111111111111112 5v1j4f4ds7c000
print(0.1 + 0.2, 1 / 3, 5e-7, 123e20, 123e19); // expect: 0.30000000000000004 0.3333333333333333 5e-7 1.23e+22 1.23e+21
try { (1).toFixed(101); } catch (e) { print(e.name); } // expect: RangeError
try { (1).toString(1); } catch (e) { print(e.name); } // expect: RangeError
try { (1).toPrecision(0); } catch (e) { print(e.name); } // expect: RangeError
try { Number.prototype.valueOf.call("1"); } catch (e) { print(e.name); } // expect: TypeError
print(parseInt("  0x1F"), parseInt("z", 36), parseFloat("3.14abc"), parseFloat(".5e-3x")); // expect: 31 35 3.14 0.0005
