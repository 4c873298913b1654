// Iterator helpers, Iterator.from/concat/zip/zipKeyed, chunks and windows.
function* naturals() { var i = 0; while (true) yield i++; }
print(naturals().filter(function (x) { return x % 2; }).map(function (x) { return x * x; }).take(4).toArray().join()); // expect: 1,9,25,49
print(naturals().drop(3).take(3).reduce(function (a, b) { return a + b; })); // expect: 12
print([1, 2, 3].values().flatMap(function (x) { return [x, -x]; }).toArray().join()); // expect: 1,-1,2,-2,3,-3
print(naturals().some(function (x) { return x > 10; }), naturals().take(5).every(function (x) { return x < 5; })); // expect: true true
print(naturals().find(function (x) { return x * x > 50; }), naturals().includes(7), [1, NaN].values().includes(NaN)); // expect: 8 true true
print(naturals().take(7).chunks(3).toArray().join("|"), naturals().take(4).windows(2).toArray().join("|")); // expect: 0,1,2|3,4,5|6 0,1|1,2|2,3
print(Iterator.concat([1, 2], new Set([3])).toArray().join()); // expect: 1,2,3
print(Iterator.zip([[1, 2, 3], ["a", "b"]]).toArray().join("|")); // expect: 1,a|2,b
print(Iterator.zip([[1, 2, 3], ["a"]], { mode: "longest", padding: [0, "z"] }).toArray().join("|")); // expect: 1,a|2,z|3,z
var keyed = Iterator.zipKeyed({ n: [1, 2], s: ["x", "y"] }).toArray();
print(keyed[1].n, keyed[1].s, Object.getPrototypeOf(keyed[0]) === null); // expect: 2 y true
// Iterator.from wraps an iterator that does not inherit from Iterator.prototype.
var plain = { i: 0, next: function () { return { value: this.i++, done: this.i > 3 }; } };
var wrapped = Iterator.from(plain);
print(wrapped instanceof Iterator, wrapped.toArray().join()); // expect: true 0,1,2
// return() on a helper closes the underlying iterator; a fresh helper closes it too.
var closed = 0;
var src = { __proto__: Iterator.prototype, next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; } };
var h = src.map(function (x) { return x; });
h.next();
h.return();
src.take(1).return();
print(closed); // expect: 2
class Counter extends Iterator { next() { return { value: 1, done: false }; } }
print(new Counter().take(2).toArray().join(), Object.prototype.toString.call(new Counter().map(String))); // expect: 1,1 [object Iterator Helper]
new Iterator(); // expect-error: TypeError
