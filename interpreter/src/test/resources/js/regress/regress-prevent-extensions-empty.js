// Object.preventExtensions on an object with no own properties (a root shape) used to crash.
var o = {};
Object.preventExtensions(o);
print(Object.isExtensible(o)); // expect: false
try {
  Object.defineProperty(o, "foo", { value: 1 });
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(Object.isFrozen(Object.freeze({}))); // expect: true
