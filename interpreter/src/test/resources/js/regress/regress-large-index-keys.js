// Indices at or above 2^31 are negative Java ints in canonical form; they must not be converted twice.
var o = {};
o[4294967294] = 1;
o[2147483648] = 2;
print(Object.keys(o).join()); // expect: 2147483648,4294967294
var a = [];
var k = 2147483648;
a[k] = 1;
print(a.length); // expect: 2147483649
o[4294967294] += 5;
print(o[4294967294]); // expect: 6
