// A return inside for-in / for-of (which close or drop the loop's iterator state first) used to
// crash the compiler: the unreachable code after it was given the depth after the cleanup.
function fromForIn() { for (var k in { a: 1 }) { if (k) { return "in:" + k; } } return "none"; }
function fromForOf() { for (var v of [7]) { if (v) { return "of:" + v; } } return "none"; }
function bareForOf() { for (var v of [8]) { return v; } }
function bareForIn() { for (var k in { b: 1 }) { return k; } }
function nested() { for (var a of [1]) { for (var b in { c: 1 }) { if (b) return a + b; } } }
print(fromForIn()); // expect: in:a
print(fromForOf()); // expect: of:7
print(bareForOf()); // expect: 8
print(bareForIn()); // expect: b
print(nested());    // expect: 1c
