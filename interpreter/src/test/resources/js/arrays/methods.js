// Array.prototype methods on plain arrays, array-likes and holes.
var a = [3, 1, 2];
print(a.map(function (x) { return x * 2; }).join());      // expect: 6,2,4
print(a.filter(function (x) { return x > 1; }).join());   // expect: 3,2
print(a.reduce(function (s, x) { return s + x; }, 10));   // expect: 16
print(a.reduceRight(function (s, x) { return s + x; }));  // expect: 6
print([1, 2, 3].some(function (x) { return x > 2; }));    // expect: true
print([1, 2, 3].every(function (x) { return x > 2; }));   // expect: false
print([1, 2, 3].find(function (x) { return x > 1; }));    // expect: 2
print([1, 2, 3].findLastIndex(function (x) { return x < 3; })); // expect: 1
print([1, [2, [3, [4]]]].flat(Infinity).join());          // expect: 1,2,3,4
print([1, 2].flatMap(function (x) { return [x, x * 10]; }).join()); // expect: 1,10,2,20
print([1, 2, 3].includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN)); // expect: false true -1
print([1, 2, 1].lastIndexOf(1), [1, 2, 1].indexOf(1, 1)); // expect: 2 2
print([1, 2, 3].at(-1), [1, 2, 3].at(5));                 // expect: 3 undefined
var holes = [1, , 3];
print(holes.length, 1 in holes, holes.indexOf(undefined), holes.includes(undefined)); // expect: 3 false -1 true
var count = 0;
holes.forEach(function () { count++; });
print(count);                                             // expect: 2
var like = {length: 3, 0: "a", 1: "b", 2: "c"};
print(Array.prototype.join.call(like, "-"));              // expect: a-b-c
print(Array.prototype.slice.call(like, 1).join());        // expect: b,c
print([].concat([1, 2], 3, [[4]]).length);                // expect: 4
print([5, 1, 4].toSorted().join(), [1, 2, 3].toReversed().join()); // expect: 1,4,5 3,2,1
print([1, 2, 3].with(-1, 9).join(), [1, 2, 3].toSpliced(1, 1, "x", "y").join()); // expect: 1,2,9 1,x,y,3
print(Array.from("abc").join(), Array.of(7, 8).join());   // expect: a,b,c 7,8
print(Array.from({length: 2}, function (v, i) { return i * 3; }).join()); // expect: 0,3
print(Array.isArray([]), Array.isArray({}));              // expect: true false
print(String([1, [2, 3]]), [null, undefined, 1].join());  // expect: 1,2,3 ,,1
[].reduce(function () {});                                // expect-error: TypeError: Reduce of empty array with no initial value
