// A chain of 100,000 proxies recurses in Java when forwarding: it must end in a RangeError.
var p = {};
for (var i = 0; i < 100000; i++) p = new Proxy(p, {});
try { p.x; print("no error"); } catch (e) { print(e instanceof RangeError); } // expect: true
try { "x" in p; } catch (e) { print(e instanceof RangeError); } // expect: true
try { Object.keys(p); } catch (e) { print(e instanceof RangeError); } // expect: true
// A chain through prototypes: ordinary objects whose prototype is a proxy.
var q = {};
for (var j = 0; j < 100000; j++) q = Object.create(new Proxy(q, {}));
try { q.y; } catch (e) { print(e instanceof RangeError); } // expect: true
try { q.y = 1; } catch (e) { print(e instanceof RangeError); } // expect: true
// A modest chain still works.
var r = { v: 7 };
for (var k = 0; k < 100; k++) r = new Proxy(r, {});
print(r.v); // expect: 7
