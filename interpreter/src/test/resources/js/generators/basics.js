function* gen() { yield 1; const r = yield 2; yield r * 10; }
const g = gen();
print(g.next().value, g.next().value, g.next(5).value, g.next().done); // expect: 1 2 50 true
function* inner() { yield "a"; yield "b"; return "r"; }
function* outer() { const r = yield* inner(); yield r; }
print([...outer()].join()); // expect: a,b,r
function* fin() { try { yield 1; yield 2; } finally { print("cleanup"); } }
const f = fin();
f.next();
print(f.return(9).value); // expect: cleanup
                          // expect: 9
