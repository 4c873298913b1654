// console.log of common values; inspect.out is what node 20 prints for this file
// (regenerate with: node inspect.js > inspect.out). Only built-ins every engine has are used.
console.log({ a: 1, b: 'x', c: [1, 2, 3] });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log([[1, [2, [3, [4]]]]]);
var nums = [];
for (var i = 1; i <= 27; i++) nums.push(i);
console.log(nums);
var many = [];
for (var j = 0; j < 120; j++) many.push(j % 3);
console.log(many);
console.log(['apple', 'banana', 'cherry', 'dates', 'elderberry', 'fig', 'grape']);
console.log([1.5, -2, 3, 4, 5, 6, 7, 100, 2000, 30000]);
console.log(['a', 1, 'bb', 2, 'ccc', 3, 'dddd']);
var o = {};
o.self = o;
console.log(o);
var p = { name: 'p', list: [] };
p.list.push(p, { back: p });
console.log(p);
console.log([undefined, null, -0, 0, 1.5, 1e21, NaN, Infinity, -Infinity]);
console.log(function foo() {}, () => {}, class A {}, class B extends Array {}, async function af() {}, function* g() {});
console.log([, 1, , , 2]);
var sparse = [1, 2];
sparse[9] = 3;
console.log(sparse);
console.log('a', 1, 'b', { x: "it's" }, ['a\nb'], { y: 'a"b\'c', z: 'a"b\'c`' });
console.log(['\x01\x7f\u0085\t', '\\', 'lone \ud800 surrogate']);
console.log({ s: 'long line that is long enough to be split when nested deeply\nsecond line that is also long\nthird' });
console.log(Object.create(null));
var n = Object.create(null);
n.x = 1;
console.log(n);
class P { constructor() { this.q = 1; } }
console.log(new P(), [new P()], { p: new P() });
class Empty {}
console.log(new Empty());
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
console.log({ 'a-b': 1, 2: 3, [Symbol('s')]: 4, __proto__x: 5, $d: 6, _e: 7 });
console.log({ aaaaaaaaaaaaaaa: 1111111111, bbbbbbbbbbbbbbbbbbbb: 222222222222, ccccccccccccccccc: 3333333333333, d: 4 });
console.log('%s is %d years and %i days, %f%%', 'Bob', 42, '7.9 days', '1.25x', 'extra', { k: 1 });
console.log('%O and %O', [1], { a: [1, { b: 2 }] });
console.log('%c styled', 'color: red');
console.log('100%', 5);
console.log(Symbol('x'), Symbol(), 10n, true, null, undefined);
console.log([function () {}, function named() {}]);
function withProps() {}
withProps.a = 1;
console.log(withProps, [withProps]);
console.log(new Number(3), new String('ab'), new Boolean(false), Object(Symbol('w')));
console.log(Promise.resolve(4), new Promise(function () {}), Promise.resolve({ a: [1] }));
console.log((function () { return arguments; })(1, 'two'));
var arr = [1, 2];
arr.extra = 'x';
console.log(arr);
class MyArray extends Array {}
console.log(new MyArray());
console.log([[]], [{}], {}, []);
console.log('');
console.log();
console.log(-0, [-0], 0.1 + 0.2, 123456789012345680000);
