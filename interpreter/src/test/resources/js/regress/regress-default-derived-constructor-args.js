// A class without a constructor passes every argument on to its base constructor.
function Base() { print(arguments.length, arguments[0], arguments[2]); }
class Derived extends Base {}
new Derived(1, 2, 3); // expect: 3 1 3
class Derived2 extends Derived {}
new Derived2("a", "b", "c"); // expect: 3 a c
