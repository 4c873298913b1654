// A Map iterator parked while the table compacts twice (without stepping in between) keeps its place.
var m = new Map();
for (var i = 0; i < 8; i++) m.set(i, i);
var it = m.keys();
for (var i = 0; i < 6; i++) it.next();
var next = 8;
for (var round = 0; round < 4; round++) {
  for (var i = 0; i < next; i++) if (i !== 6 && (i % 3 !== 0 || round > 0)) m.delete(i);
  for (var k = 0; k < 12; k++) m.set(next, next++);
}
var rest = [];
for (var r = it.next(); !r.done; r = it.next()) rest.push(r.value);
print(rest[0], rest[1], rest.length); // expect: 6 44 13
