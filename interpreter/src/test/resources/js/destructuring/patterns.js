const o = { a: 1, b: { c: 2 } };
const { a, b: { c } } = o;
const [p, , q = 9] = [1, 2];
print(a, c, p, q); // expect: 1 2 1 9
const { a: aa, ...rest } = { a: 1, x: 2, y: 3 };
print(aa, Object.keys(rest).join()); // expect: 1 x,y
let x, y;
[x, y] = [y, x] = [1, 2];
print(x, y); // expect: 1 2
function f({ k = 5 } = {}, ...more) { return k + more.length; }
print(f(), f({ k: 1 }, 2, 3)); // expect: 5 3
