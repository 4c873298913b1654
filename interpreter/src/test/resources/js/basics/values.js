print(1 + 2, "a" + 1, 7 / 2, 7 % 3, 2 ** 10, -0 === 0); // expect: 3 a1 3.5 1 1024 true
print(typeof undefinedVar, typeof 1, typeof "", typeof {}, typeof null, typeof (() => 1)); // expect: undefined number string object object function
print(`a${1 + 1}b${"c"}`); // expect: a2bc
print(String([1, [2, 3]]), String({})); // expect: 1,2,3 [object Object]
print((function () { return arguments.length; })(1, 2, 3)); // expect: 3
print(0.1 + 0.2 === 0.3, 1e21, 123456789012345680000); // expect: false 1e+21 123456789012345680000
print(2147483647 + 1, -2147483648 - 1, 65536 * 65536); // expect: 2147483648 -2147483649 4294967296
var obj = { get d() { return 10; }, m() { return this; } };
print(obj.d, obj.m() === obj, obj?.zz?.q); // expect: 10 true undefined
