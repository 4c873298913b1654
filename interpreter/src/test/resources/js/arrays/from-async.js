// Array.fromAsync awaits each value (and the mapped value).
async function* gen() { yield 1; yield Promise.resolve(2); }
(async function () {
  print((await Array.fromAsync(gen(), function (x) { return x * 10; })).join()); // expect: 10,20
  print((await Array.fromAsync([Promise.resolve("a"), "b"])).join());           // expect: a,b
  print((await Array.fromAsync({length: 1, 0: 5}))[0]);                         // expect: 5
  try { await Array.fromAsync(null); } catch (e) { print(e instanceof TypeError); } // expect: true
  var closed = false;
  var it = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); },
    return() { closed = true; return {}; } }; } };
  try { await Array.fromAsync(it, function () { throw new Error("map"); }); } catch (e) { print(e.message, closed); } // expect: map true
})();
