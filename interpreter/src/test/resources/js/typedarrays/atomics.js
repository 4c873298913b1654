// Atomics on shared and plain buffers; wait/notify within one agent.
var ia = new Int32Array(new SharedArrayBuffer(16));
print(Atomics.add(ia, 0, 5), Atomics.sub(ia, 0, 2), Atomics.load(ia, 0)); // expect: 0 5 3
print(Atomics.compareExchange(ia, 0, 3, 10), Atomics.exchange(ia, 0, 1), ia[0]); // expect: 3 10 1
print(Atomics.or(ia, 1, 6), Atomics.and(ia, 1, 3), Atomics.xor(ia, 1, 1), ia[1]); // expect: 0 6 2 3
print(Atomics.store(new Uint8Array(4), 0, 300), Atomics.isLockFree(4));  // expect: 300 true
print(Atomics.wait(ia, 2, 1), Atomics.wait(ia, 2, 0, 1));  // expect: not-equal timed-out
var r = Atomics.waitAsync(ia, 3, 0);
print(r.async, Atomics.notify(ia, 3));                     // expect: true 1
print(String(Atomics.add(new BigInt64Array(new SharedArrayBuffer(8)), 0, 5n))); // expect: 0
try { Atomics.add(new Float64Array(1), 0, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
r.value.then(function (v) { print(v); });                  // expect: ok
