package dev.islet.redteam;

import dev.islet.api.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Allocation in a loop, in every shape the engine stores: each ends exceededMemory under an 8 MB
 * limit, by the charges and the live-set measurement, never by a Java OutOfMemoryError. (The CPU
 * limit is generous so that only a bomb the heap account misses would end any other way.)
 */
class MemoryBombAttackTest {
  private static void bomb(String source) {
    Attack.of(source).memoryBytes(8L << 20).cpuMillis(5_000).endsWith(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void arrayGrowth() {
    bomb("var a = []; for (;;) a.push(1.5);");
    bomb("var a = []; for (;;) a.push({ x: 1 });");
    bomb("var a = []; for (var i = 0; ; i++) a[i] = i;");
    bomb("var a = []; for (var i = 0; ; i++) a[i * 1000] = i;");
    bomb("var a = [1]; for (;;) a = a.concat(a);");
  }

  @Test
  void stringDoubling() {
    // Doubling reaches the length limit (a RangeError) long before the heap: the ropes are tiny.
    Attack.of("var s = 'x'; for (;;) s += s;").throwsJs("RangeError");
    Attack.of("var s = 'x'; for (;;) s = s.concat(s);").throwsJs("RangeError");
    // Reading the doubled string flattens it: that copy is charged before it is made.
    bomb("var s = 'x'; for (;;) { s += s; s.charCodeAt(0); }");
    bomb("var s = 'x'; for (;;) { s += s; s.indexOf('y'); }");
  }

  @Test
  void ropes() {
    bomb("var a = [], big = 'x'.repeat(1e6); for (;;) a.push(big + Math.random());");
    // Each small rope holds a fresh megabyte: the live set follows the rope to it.
    bomb("var a = []; for (;;) a.push('x'.repeat(1e6) + 'y');");
    bomb("var s = ''; for (;;) s = s + 'ab' + s.length;");
    bomb("var a = []; for (;;) { var s = ''; for (var i = 0; i < 1000; i++) s += 'abcdefgh'; a.push(s); s.indexOf('z'); }");
  }

  @Test
  void typedArraysAndBuffers() {
    bomb("var a = []; for (;;) a.push(new Uint8Array(1e6));");
    bomb("var a = []; for (;;) a.push(new DataView(new ArrayBuffer(1e6)));");
    bomb("var a = [], t = new Float64Array(1e5); for (;;) a.push(t.slice());");
    bomb("var b = new ArrayBuffer(1, { maxByteLength: 2 ** 30 }); b.resize(2 ** 30);");
  }

  @Test
  void keyedCollections() {
    bomb("var m = new Map(); for (var i = 0; ; i++) m.set(i, i);");
    bomb("var s = new Set(); for (var i = 0; ; i++) s.add('k' + i);");
    bomb("var m = new WeakMap(), keep = []; for (;;) { var k = {}; keep.push(k); m.set(k, [1, 2, 3]); }");
    bomb("var o = {}; for (var i = 0; ; i++) o['p' + i] = i;");
  }

  @Test
  void closuresAndScopes() {
    bomb("var a = []; for (var i = 0; ; i++) { let j = i; a.push(() => j); }");
    bomb("var f = null; for (;;) { let g = f; f = () => g; }");
    bomb("var a = []; for (;;) { with ({}) { a.push(function () {}); } }");
    bomb("var a = []; function f() { return arguments; } for (;;) a.push(f(1, 2, 3, 4, 5, 6, 7, 8));");
    bomb("var a = []; function* g() { yield 1; } for (;;) a.push(g());");
  }

  @Test
  void promisesAndMicrotasks() {
    bomb("var p = Promise.resolve(); for (;;) p = p.then(() => {});");
    bomb("var a = []; for (;;) a.push(new Promise(() => {}));");
    bomb("(function f() { Promise.resolve().then(f); Promise.resolve().then(f); })();");
    bomb("var never = new Promise(() => {}); for (;;) never.then(() => {});");
    // Suspended async functions hold their frames: a live set that only an await keeps.
    bomb("var never = new Promise(() => {}); async function f() { var big = new Array(1e4).fill(1.5); await never; return big; } for (;;) f();");
    bomb("var never = new Promise(() => {}); async function* g() { var big = new Array(1e4).fill(1.5); await never; } for (;;) g().next();");
  }

  @Test
  void waitersDisposersAndIterators() {
    bomb("var i32 = new Int32Array(new SharedArrayBuffer(4)); for (;;) Atomics.waitAsync(i32, 0, 0);");
    bomb("var s = new AsyncDisposableStack(); for (;;) s.defer(() => {});");
    bomb("var s = new DisposableStack(); for (;;) s.defer(() => {});");
    bomb("Iterator.from({ next() { return { done: false, value: 1 }; } }).toArray();");
    bomb("var r = new FinalizationRegistry(() => {}), keep = []; for (;;) { var o = {}; keep.push(o); r.register(o, [1, 2, 3]); }");
    bomb("var a = []; for (;;) a.push(new WeakRef({}));");
    bomb("var a = []; for (;;) a.push(Proxy.revocable({}, {}));");
  }

  @Test
  void symbolsFunctionsAndCode() {
    bomb("var a = []; for (var i = 0; ; i++) a.push(Symbol('s' + i));");
    bomb("var a = []; for (;;) a.push(Symbol('x'.repeat(1e6)));");
    bomb("for (var i = 0; ; i++) Symbol.for('s' + i);");
    bomb("var f = function () {}; for (;;) f = f.bind(null);");
    bomb("var a = []; for (var i = 0; ; i++) a.push(eval('(function () { return ' + i + '; })'));");
    bomb("var a = []; for (var i = 0; ; i++) a.push(Function('return ' + i));");
    bomb("var a = []; for (var i = 0; ; i++) a.push(new RegExp('a' + i));");
    bomb("var a = []; for (;;) a.push(new Error('x'));");
    // Compiling a huge program is charged before the syntax tree exists.
    bomb("eval('switch (1) {' + 'case 0: break;'.repeat(1e5) + '}');");
    bomb("Function(...Array.from({ length: 1e5 }, (_, i) => 'p' + i), 'return 1');");
  }

  @Test
  void builtInResults() {
    bomb("var a = new Array(1e5).fill('x'.repeat(100)), b = []; for (;;) b.push(JSON.stringify(a));");
    bomb("var a = []; for (var i = 0; ; i++) a.push(('x'.repeat(1e6) + i).substring(0, 1e6));");
    bomb("var a = []; for (;;) a.push('x'.repeat(1e5).toUpperCase());");
    bomb("var a = []; for (;;) a.push('\\u1E9B\\u0323'.repeat(1e5).normalize('NFKD'));");
    bomb("var o = {}; for (var i = 0; i < 1e5; i++) o['k' + i] = i; var a = []; for (;;) a.push(Object.assign({}, o));");
    bomb("[...new Array(1e8)];");
    bomb("var s = '\\u00e9'.repeat(1e6); var a = []; for (;;) a.push(encodeURIComponent(s));");
  }
}
