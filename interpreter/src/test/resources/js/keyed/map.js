// Map: SameValueZero keys, insertion order, live iteration across deletes and growth.
var m = new Map([[1, "a"], [-0, "zero"], [NaN, "nan"]]);
print(m.get(1.0), m.get(0), m.get(NaN), m.size); // expect: a zero nan 3
print(1 / m.keys().next().value === Infinity || m.has(+0)); // expect: true
m.set("k" + 1, "str");
print(m.get("k1")); // expect: str
var seen = [];
m.forEach(function (v, k) {
  seen.push(String(k));
  if (k === 1) { m.delete(0); m.set("late", 1); }
});
print(seen.join()); // expect: 1,NaN,k1,late
// Growth and compaction while an iterator is parked in the middle.
var big = new Map();
for (var i = 0; i < 100; i++) big.set(i, i);
var it = big.keys();
for (var i = 0; i < 50; i++) it.next();
for (var i = 0; i < 90; i++) big.delete(i);
for (var i = 100; i < 120; i++) big.set(i, i);
var rest = [];
for (var r = it.next(); !r.done; r = it.next()) rest.push(r.value);
print(rest.length, rest[0], rest[rest.length - 1]); // expect: 30 90 119
// clear() restarts a live iterator at the entries added afterwards.
var c = new Map([[1, 1], [2, 2]]);
var ci = c.entries();
ci.next();
c.clear();
c.set(3, 3);
print(ci.next().value.join(":"), ci.next().done); // expect: 3:3 true
var g = Map.groupBy([1, 2, 3, 4, 5], function (x) { return x % 2 ? "odd" : "even"; });
print(g.get("odd").join(), g.get("even").join()); // expect: 1,3,5 2,4
print(m.getOrInsert("new", 7), m.getOrInsertComputed("new2", function (k) { return k + "!"; })); // expect: 7 new2!
print(Object.prototype.toString.call(m.entries())); // expect: [object Map Iterator]
Map.prototype.get.call(new Set(), 1); // expect-error: TypeError
