// Arrays whose length is far beyond their elements: loops skip the holes past the storage.
var a = [1, 2];
a.length = 4e9;
var n = 0;
a.forEach(function () { n++; });
var m = a.map(function (x) { return x * 2; });
var c = [0].concat(a, [9]);
print(n, m.length === 4e9, m[1], c.length === 4000000002, c[c.length - 1]); // expect: 2 true 4 true 9
var s = [3, 1, , 2];
s.length = 1e9;
s.sort();
print(s[0], s[2], 3 in s, s.length === 1e9);               // expect: 1 3 false true
var grow = [1];
grow.length = 10;
var seen = 0;
grow.forEach(function (x, i) { seen++; if (i === 0) grow[5] = 5; });
print(seen);                                               // expect: 2
