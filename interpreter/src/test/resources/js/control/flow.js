let s = 0;
for (const v of [10, 20, 30]) s += v;
print(s); // expect: 60
const keys = [];
for (const k in { x: 1, y: 2 }) keys.push(k);
print(keys.join()); // expect: x,y
function f() { try { return 1; } finally { print("finally"); } }
print(f()); // expect: finally
            // expect: 1
var out = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j == 1) continue outer;
    if (i == 2) break outer;
    out.push(i + "" + j);
  }
}
print(out.join()); // expect: 00,10
switch (2) { case 1: print("one"); break; case 2: print("two"); case 3: print("three"); break; default: print("d"); }
// expect: two
// expect: three
print(null ?? "d", 0 ?? "d", 0 || "e", 1 && 2); // expect: d 0 e 2
