// %TypedArray%.prototype methods.
var a = Int32Array.from([5, 1, 4, 2, 3]);
print(a.sort().join(), a.toReversed().join());             // expect: 1,2,3,4,5 5,4,3,2,1
print(new Float64Array([3, NaN, -0, 0, -1]).sort().join()); // expect: -1,0,0,3,NaN
print(Object.is(new Float64Array([0, -0]).sort()[0], -0)); // expect: true
print(a.map(function (x) { return x * 2; }).join(), a.filter(function (x) { return x % 2; }).join()); // expect: 2,4,6,8,10 1,3,5
print(a.indexOf(3), a.lastIndexOf(9), a.includes(4), a.at(-1)); // expect: 2 -1 true 5
print(a.slice(1, 3).join(), a.with(0, 9).join(), a.join());     // expect: 2,3 9,2,3,4,5 1,2,3,4,5
print(a.copyWithin(0, 3).join(), a.fill(7, 4).join());     // expect: 4,5,3,4,5 4,5,3,4,7
print(a.reduce(function (s, x) { return s + x; }), Array.from(a.entries()).length); // expect: 23 5
var t = new Uint8Array([1, 2, 3, 4]);
t.set(t.subarray(0, 3), 1);
print(t.join());                                           // expect: 1,1,2,3
var f = new Float32Array(new Uint16Array([1, 65535]));
print(f.join());                                           // expect: 1,65535
try { new BigInt64Array([1]); } catch (e) { print(e.constructor.name); } // expect: TypeError
class MyTA extends Uint8Array {}
print(new MyTA(3).map(function (x) { return x + 1; }) instanceof MyTA); // expect: true
