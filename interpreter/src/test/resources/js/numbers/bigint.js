// BigInt: constructor conversions, asIntN/asUintN and toString.
print(String(BigInt(10)), String(BigInt("0x1f")), String(BigInt(" -12 ")), String(BigInt(true))); // expect: 10 31 -12 1
print(String(BigInt(Number.MAX_VALUE)).length, String(BigInt(-0))); // expect: 309 0
try { BigInt(1.5); } catch (e) { print(e.name); } // expect: RangeError
try { BigInt("1.5"); } catch (e) { print(e.name); } // expect: SyntaxError
try { BigInt(undefined); } catch (e) { print(e.name); } // expect: TypeError
try { new BigInt(1); } catch (e) { print(e.name); } // expect: TypeError
print(String(BigInt.asIntN(8, 255n)), String(BigInt.asUintN(8, -1n)), String(BigInt.asIntN(64, -(2n ** 63n)))); // expect: -1 255 -9223372036854775808
print(String(BigInt.asIntN(2 ** 53 - 1, -5n)), String(BigInt.asUintN(0, 5n)), String(BigInt.asIntN(1, 1n))); // expect: -5 0 -1
print((255n).toString(16), (-255n).toString(2), (10n ** 20n).toString(36), Object(3n).toString()); // expect: ff -11111111 l3r41ifs0q5ts 3
print(typeof Object(1n), Object.prototype.toString.call(1n), 5n / 2n, -5n % 2n, 2n ** 64n); // expect: object [object BigInt] 2 -1 18446744073709551616
try { BigInt.asUintN(2 ** 40, -1n); } catch (e) { print(e.name); } // expect: RangeError
