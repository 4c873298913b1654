// A derived class without a constructor passes its arguments to the parent constructor.
class B { constructor(a, b) { this.sum = a + b; } }
class C extends B {}
print(new C(1, 2).sum); // expect: 3
class E extends Error {}
print(new E("msg").message); // expect: msg
function F(x) { this.x = x; }
class D extends F {}
print(new D(5).x); // expect: 5
