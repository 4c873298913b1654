package dev.islet.redteam;

import dev.islet.api.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Unbounded recursion through every path that re-enters the engine: each ends with a RangeError (or the
 * memory limit, for argument lists bigger than the heap), never a Java StackOverflowError.
 */
class RecursionAttackTest {
  @Test
  void plainRecursion() {
    Attack.of("function f() { return f() + 1; } f();").throwsJs("RangeError");
  }

  @Test
  void recursionThroughAGetter() {
    Attack.of("var o = { get x() { return this.x; } }; o.x;").throwsJs("RangeError");
  }

  @Test
  void recursionThroughASetter() {
    Attack.of("var o = { set x(v) { this.x = v; } }; o.x = 1;").throwsJs("RangeError");
  }

  @Test
  void recursionThroughProxyTraps() {
    Attack.of("var p = new Proxy({}, { get(t, k, r) { return r[k]; } }); p.x;").throwsJs("RangeError");
    Attack.of("var p = new Proxy({}, { has(t, k) { return k in p; } }); 'x' in p;").throwsJs("RangeError");
    Attack.of("var p = new Proxy(function () {}, { apply() { return p(); } }); p();").throwsJs("RangeError");
  }

  @Test
  void aHundredThousandNestedProxies() {
    Attack.of("var p = {}; for (var i = 0; i < 1e5; i++) p = new Proxy(p, {}); p.x;").memoryBytes(64L << 20)
        .cpuMillis(2_000).throwsJs("RangeError");
  }

  @Test
  void recursionThroughCoercion() {
    Attack.of("var o = { toString() { return String(this); } }; String(o);").throwsJs("RangeError");
    Attack.of("var o = { valueOf() { return +this; } }; +o;").throwsJs("RangeError");
    Attack.of("var o = { valueOf() { return this + 1; } }; o + 1;").throwsJs("RangeError");
    Attack.of("var o = { [Symbol.toPrimitive]() { return `${this}`; } }; `${o}`;").throwsJs("RangeError");
  }

  @Test
  void recursionThroughBuiltInCallbacks() {
    Attack.of("function f() { [1].forEach(f); } f();").throwsJs("RangeError");
    Attack.of("function f() { return [2, 1].sort(f); } f();").throwsJs("RangeError");
    Attack.of("function f() { return JSON.parse('[1]', f); } f();").throwsJs("RangeError");
    Attack.of("function f() { return 'a'.replace(/a/, f); } f();").throwsJs("RangeError");
    Attack.of("var o = { [Symbol.iterator]() { return [...o][Symbol.iterator](); } }; [...o];").throwsJs("RangeError");
    Attack.of("function f() { return Reflect.apply(f, null, []); } f();").throwsJs("RangeError");
    Attack.of("function f() { return f.call(); } f();").throwsJs("RangeError");
    Attack.of("var f = function () { return g(); }, g = f.bind(null); f();").throwsJs("RangeError");
  }

  @Test
  void recursionThroughConstructorsGeneratorsAndTags() {
    Attack.of("class A { constructor() { new A(); } } new A();").throwsJs("RangeError");
    Attack.of("class A extends Object { constructor() { super(); new A(); } } new A();").throwsJs("RangeError");
    Attack.of("function* g() { yield* g(); } g().next();").throwsJs("RangeError");
    Attack.of("function f() { return f`x`; } f();").throwsJs("RangeError");
  }

  @Test
  void aDeepObjectGivenToJsonStringify() {
    Attack.of("var o = {}; for (var i = 0; i < 1e5; i++) o = { a: o }; JSON.stringify(o);").throwsJs("RangeError");
    Attack.of("var o = []; for (var i = 0; i < 1e5; i++) o = [o]; JSON.stringify(o);").throwsJs("RangeError");
  }

  @Test
  void deepStructuresGivenToOtherRecursiveBuiltIns() {
    Attack.of("var a = []; for (var i = 0; i < 1e5; i++) a = [a]; String(a);").throwsJs("RangeError");
    Attack.of("var a = []; for (var i = 0; i < 1e5; i++) a = [a]; a.flat(Infinity);").throwsJs("RangeError");
    Attack.of("var a = []; for (var i = 0; i < 1e5; i++) a = [a]; a.toLocaleString();").throwsJs("RangeError");
  }

  @Test
  void deeplyNestedSourceIsASyntaxError() {
    Attack.of("eval('('.repeat(1e5) + '1' + ')'.repeat(1e5));").throwsJs("SyntaxError");
    Attack.of("eval('['.repeat(1e5) + ']'.repeat(1e5));").throwsJs("SyntaxError");
    Attack.of("eval('function f() {'.repeat(1e4) + '}'.repeat(1e4));").throwsJs("SyntaxError");
    Attack.of("Function('return ' + '-'.repeat(1e5) + '1');").throwsJs("SyntaxError");
    Attack.of("JSON.parse('['.repeat(1e6) + ']'.repeat(1e6));").endsWith(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void applyWithAHugeArray() {
    Attack.of("function f() { return arguments.length; } f.apply(null, { length: 2 ** 32 - 1 });").throwsJs("RangeError");
    Attack.of("function f() { return arguments.length; } f.apply(null, new Array(1e8));").throwsJs("RangeError");
    Attack.of("Reflect.apply(function () {}, null, { length: 2 ** 32 - 1 });").throwsJs("RangeError");
    // Ten million arguments is 40 MB of list: more than the heap, checked before it is built.
    Attack.of("Math.max.apply(null, new Array(1e7));").endsWith(Outcome.EXCEEDED_MEMORY).detailContains("single allocation");
  }

  @Test
  void aCatchThatRecursesAgainOnlyBurnsCpu() {
    Attack.of("function f() { try { return f(); } catch (e) { return f(); } } f();").endsWith(Outcome.EXCEEDED_CPU);
  }
}
