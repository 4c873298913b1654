class A {
  #x = 5;
  constructor(y) { this.y = y; }
  get x() { return this.#x; }
  static s() { return "static"; }
  sum() { return this.#x + this.y; }
}
class B extends A {
  constructor() { super(7); this.z = 1; }
  sum() { return super.sum() * 2; }
}
const b = new B();
print(b.x, b.y, b.z, b.sum(), A.s(), b instanceof A); // expect: 5 7 1 24 static true
print(typeof A, A.name, B.name, A.prototype.constructor === A); // expect: function A B true
class C { static #count = 0; static inc() { return ++C.#count; } }
C.inc();
print(C.inc()); // expect: 2
A(); // expect-error: TypeError: Class constructor A cannot be invoked without 'new'
