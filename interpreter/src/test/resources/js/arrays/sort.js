// sort: stable, undefined last, holes removed to the end, comparator errors propagate.
var people = [];
for (var i = 0; i < 100; i++) people.push({ key: i % 3, id: i });
people.sort(function (a, b) { return a.key - b.key; });
var stable = true;
for (var i = 1; i < people.length; i++) {
  if (people[i - 1].key === people[i].key && people[i - 1].id > people[i].id) stable = false;
}
print(stable);                                            // expect: true
print([10, 9, 1, 100].sort().join());                     // expect: 1,10,100,9
var s = [3, undefined, , 1];
s.sort();
print(s.length, s[0], s[1], s[2], 3 in s);                // expect: 4 1 3 undefined false
print([3, 1, 2].sort(function (a, b) { return b - a; }).join()); // expect: 3,2,1
try { [2, 1].sort(function () { throw new Error("cmp"); }); } catch (e) { print(e.message); } // expect: cmp
[1].sort(1);                                              // expect-error: TypeError
