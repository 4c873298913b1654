// A small stand-in for test262's assert.js, enough for the executor's own tests.
function assert(value, message) {
  if (value !== true) {
    throw new Test262Error(message || "expected true");
  }
}
assert.sameValue = function (actual, expected, message) {
  if (actual !== expected) {
    throw new Test262Error((message || "") + " expected " + String(expected) + " but got " + String(actual));
  }
};
assert.throws = function (type, fn, message) {
  try {
    fn();
  } catch (e) {
    if (e.constructor !== type) {
      throw new Test262Error((message || "") + " wrong error type");
    }
    return;
  }
  throw new Test262Error((message || "") + " nothing was thrown");
};
