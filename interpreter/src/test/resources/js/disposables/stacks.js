// DisposableStack and AsyncDisposableStack: reverse order, SuppressedError chains, move, async turns.
var log = [];
var stack = new DisposableStack();
stack.defer(function () { log.push("deferred"); });
var res = stack.use({ [Symbol.dispose]: function () { log.push("used"); } });
stack.adopt("handle", function (h) { log.push("adopted " + h); });
var moved = stack.move();
print(stack.disposed, moved.disposed); // expect: true false
moved.dispose();
print(log.join(), moved.disposed); // expect: adopted handle,used,deferred true
var failing = new DisposableStack();
failing.defer(function () { throw new Error("first"); });
failing.defer(function () { throw new Error("second"); });
try { failing.dispose(); } catch (e) {
  print(e.constructor.name, e.error.message, e.suppressed.message); // expect: SuppressedError first second
}
try { failing.use(1); } catch (e) { print(e.constructor.name); } // expect: ReferenceError
try { new DisposableStack().use({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
var asyncLog = [];
var astack = new AsyncDisposableStack();
astack.use({ [Symbol.dispose]: function () { asyncLog.push("sync fallback"); } });
astack.defer(function () { asyncLog.push("async"); return Promise.resolve(); });
astack.disposeAsync().then(function () { asyncLog.push("done"); print(asyncLog.join()); });
var order = [];
var nulls = new AsyncDisposableStack();
nulls.use(null);
Promise.resolve().then(function () { return 0; }).then(function () { order.push("job"); });
nulls.disposeAsync().then(function () { order.push("dispose"); print(order.join()); });
// The null resource costs one extra turn, so the job that takes two turns finishes first.
// expect: job,dispose
// expect: async,sync fallback,done
