// ArraySpeciesCreate: subclasses and @@species.
class MyArray extends Array {}
var m = MyArray.from([1, 2, 3]);
print(m instanceof MyArray, m.map(function (x) { return x; }) instanceof MyArray); // expect: true true
print(m.filter(Boolean).constructor === MyArray, m.slice(1).length);             // expect: true 2
var a = [1, 2];
a.constructor = {};
a.constructor[Symbol.species] = function (n) { this.made = n; };
var r = a.map(function (x) { return x; });
print(r.made, r[1]);                                      // expect: 2 2
print(Array[Symbol.species] === Array);                   // expect: true
var u = Array.prototype[Symbol.unscopables];
print(String(Object.getPrototypeOf(u)), u.flat, u.map);   // expect: null true undefined
