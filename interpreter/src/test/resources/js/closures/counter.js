function counter() { let c = 0; return () => ++c; }
const inc = counter();
inc();
inc();
print(inc()); // expect: 3
var fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
print(fns[0](), fns[1](), fns[2]()); // expect: 0 1 2
var vfns = [];
for (var j = 0; j < 3; j++) vfns.push(() => j);
print(vfns[0](), vfns[2]()); // expect: 3 3
