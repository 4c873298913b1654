// Error.prototype.stack: an accessor; instances have no own "stack".
function inner() { return new TypeError("boom"); }
function outer() { return inner(); }
var e = outer();
print(Object.prototype.hasOwnProperty.call(e, "stack")); // expect: false
print(e.stack === "TypeError: boom\n    at inner (error-stack.js:2:27)\n    at outer (error-stack.js:3:27)\n    at error-stack.js:4:9"); // expect: true
print(Error.prototype.stack); // expect: undefined
var d = Object.getOwnPropertyDescriptor(Error.prototype, "stack");
print(typeof d.get, typeof d.set, d.enumerable, d.configurable); // expect: function function false true
e.stack = "custom";
print(e.stack, Object.getOwnPropertyDescriptor(e, "stack").enumerable); // expect: custom true
try { d.set.call(e, 42); } catch (x) { print(x.constructor.name); } // expect: TypeError
print(d.get.call({})); // expect: undefined
// No host paths or Java frames.
try { null.x; } catch (x) { print(x.stack === "TypeError: Cannot read properties of null (reading 'x')\n    at error-stack.js:15:7"); } // expect: true
// Error.captureStackTrace (V8's extension, used by Node-style libraries).
function MyError(message) { this.message = message; Error.captureStackTrace(this, MyError); }
MyError.prototype.name = "MyError";
var m = new MyError("bad");
print(m.stack === "MyError: bad\n    at MyError (error-stack.js:17:53)\n    at error-stack.js:19:9"); // expect: true
print(Object.getOwnPropertyDescriptor(m, "stack").enumerable); // expect: false
