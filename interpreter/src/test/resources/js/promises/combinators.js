// Promise.all / allSettled / any / race / withResolvers / try.
var log = [];
Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(function (v) { log.push("all " + v.join()); });
Promise.allSettled([Promise.reject("no"), 5]).then(function (v) {
  log.push("allSettled " + v.map(function (x) { return x.status + ":" + (x.value || x.reason); }).join());
});
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) { log.push("any " + e.constructor.name + " " + e.errors.join()); });
Promise.any([Promise.reject(1), Promise.resolve("ok")]).then(function (v) { log.push("any " + v); });
Promise.race([new Promise(function () {}), Promise.resolve("fast")]).then(function (v) { log.push("race " + v); });
var wr = Promise.withResolvers();
wr.promise.then(function (v) { log.push("withResolvers " + v); });
wr.resolve("done");
Promise.try(function (a, b) { throw a + b; }, 1, 2).catch(function (e) { log.push("try " + e); });
// A throwing iterator is closed and the promise rejected, not thrown.
var closed = false;
var iterable = {};
iterable[Symbol.iterator] = function () {
  return { next: function () { return { value: 1, done: false }; }, return: function () { closed = true; return {}; } };
};
var C = function (executor) { return new Promise(executor); };
C.resolve = function () { throw new Error("boom"); };
Promise.all.call(C, iterable).catch(function (e) { log.push("closed " + closed + " " + e.message); });
var tick = Promise.resolve();
for (var n = 0; n < 10; n++) tick = tick.then(function () {});
tick.then(function () {
  // Sorted, so the fixture does not depend on how the combinators' jobs interleave.
  for (var i = 1; i < log.length; i++) {
    for (var j = i; j > 0 && log[j - 1] > log[j]; j--) { var t = log[j]; log[j] = log[j - 1]; log[j - 1] = t; }
  }
  for (var i = 0; i < log.length; i++) print(log[i]);
});
// expect: all 1,2,3
// expect: allSettled rejected:no,fulfilled:5
// expect: any AggregateError 1,2
// expect: any ok
// expect: closed true boom
// expect: race fast
// expect: try 3
// expect: withResolvers done
