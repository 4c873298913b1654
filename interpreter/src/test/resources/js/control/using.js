function res(n) { return { [Symbol.dispose]() { print("dispose", n); } }; }
{
  using a = res(1), b = res(2);
  print("body");
}
// expect: body
// expect: dispose 2
// expect: dispose 1
function f() { using c = res(3); return "ret"; }
print(f());
// expect: dispose 3
// expect: ret
try {
  using d = { [Symbol.dispose]() { throw new Error("d"); } };
  throw new Error("body");
} catch (e) {
  print(e.name, e.error.message, e.suppressed.message); // expect: SuppressedError d body
}
class Base { constructor() { this.x = 1; } }
class Derived extends Base { constructor() { try { return 1; } catch (e) { print("wrong"); } } }
try { new Derived(); } catch (e) { print(e.name); } // expect: TypeError
