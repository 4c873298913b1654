// Set and the ES2025 set methods.
var s = new Set([1, 2, 2, 3, -0]);
print(s.size, s.has(0)); // expect: 4 true
var show = function (x) { var a = []; x.forEach(function (v) { a.push(v); }); return a.join(); };
var other = new Set([3, 4]);
print(show(s.union(other))); // expect: 1,2,3,0,4
print(show(s.intersection(other))); // expect: 3
print(show(s.difference(other))); // expect: 1,2,0
print(show(s.symmetricDifference(other))); // expect: 1,2,0,4
print(new Set([3]).isSubsetOf(other), s.isSupersetOf(new Set([1, 2])), s.isDisjointFrom(new Set([9]))); // expect: true true true
// A set-like: size, has, keys.
var like = { size: 1, has: function (v) { return v === 2; }, keys: function () { return [2][Symbol.iterator](); } };
print(show(s.intersection(like))); // expect: 2
var it = s.values();
s.delete(1);
print(it.next().value); // expect: 2
print(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values); // expect: true true
s.union({ size: NaN, has: function () {}, keys: function () {} }); // expect-error: TypeError
