package dev.islet.api.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostClassTest {
  /** A toy interface: a counter with a list of entries. */
  static class Counter extends HostObject {
    int count;
    final List<String> names = new ArrayList<>();

    Counter(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "Counter";
    }
  }

  static final class LoudCounter extends Counter {
    LoudCounter(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "LoudCounter";
    }
  }

  static final HostClass<Counter> COUNTER = HostClass.builder("Counter", Counter.class)
      .constructor(1, (realm, args, nt) -> {
        Counter c = new Counter(realm, HostClassTest.COUNTER.prototypeFor(realm, nt));
        c.count = args.length > 0 ? WebIdl.toLong(realm, args[0], WebIdl.IntMode.ENFORCE_RANGE, "Counter") : 0;
        return c;
      })
      .accessor("count", (realm, self) -> self.count,
          (realm, self, v) -> self.count = WebIdl.toLong(realm, v, WebIdl.IntMode.CLAMP, "Counter.count"))
      .method("add", 1, (realm, self, args) -> {
        self.names.add(WebIdl.toUSVString(realm, args.length > 0 ? args[0] : dev.islet.values.Undefined.INSTANCE));
        return ++self.count;
      })
      .constant("MAX", 10)
      .staticMethod("zero", 0, (realm, t, a, nt) -> new Counter(realm, HostClassTest.COUNTER.prototype(realm)))
      .pairIterable(new PairIterable<>() {
        @Override
        public int size(Realm realm, Counter self) {
          return self.names.size();
        }

        @Override
        public Object key(Realm realm, Counter self, int i) {
          return i;
        }

        @Override
        public Object value(Realm realm, Counter self, int i) {
          return self.names.get(i);
        }
      })
      .build();

  static final HostClass<LoudCounter> LOUD = HostClass.builder("LoudCounter", LoudCounter.class)
      .inherits(COUNTER)
      .build();

  private static String run(String source) {
    try (Isolate isolate = Isolate.create()) {
      HostGlobals.on(isolate.realm()).hostClass(COUNTER).hostClass(LOUD);
      RunResult r = isolate.evaluate("t.js", source);
      return r.isOk() ? String.valueOf(r.value()) : "ERROR " + r.error();
    }
  }

  @Test
  void membersFollowWebIdl() {
    assertThat(run("var c = new Counter(2); c.add('a'); c.count")).isEqualTo("3.0");
    assertThat(run("var d = Object.getOwnPropertyDescriptor(Counter.prototype, 'count');"
        + " [typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name].join()")).isEqualTo("function,function,true,true,get count");
    assertThat(run("var d = Object.getOwnPropertyDescriptor(Counter.prototype, 'add'); [d.writable, d.enumerable, d.configurable].join()"))
        .isEqualTo("true,true,true");
    assertThat(run("Counter.MAX + Counter.prototype.MAX + ' ' + Object.prototype.toString.call(new Counter())")).isEqualTo("20 [object Counter]");
    assertThat(run("Counter.length + Counter.name + (Counter.prototype.constructor === Counter)")).isEqualTo("1Countertrue");
    assertThat(run("Counter.zero().count")).isEqualTo("0.0");
  }

  @Test
  void brandChecksAndConstructionRules() {
    assertThat(run("Counter.prototype.add.call({})")).startsWith("ERROR TypeError: Illegal invocation");
    assertThat(run("Counter()")).startsWith("ERROR TypeError").contains("'new'");
    assertThat(run("new LoudCounter()")).startsWith("ERROR TypeError").contains("Illegal constructor");
    assertThat(run("new Counter(2 ** 40)")).startsWith("ERROR TypeError");
    assertThat(run("var c = new Counter(); c.count = 1e12; String(c.count)")).isEqualTo("2147483647");
  }

  @Test
  void subclassesInheritBothChains() {
    assertThat(run("Object.getPrototypeOf(LoudCounter) === Counter"
        + " && Object.getPrototypeOf(LoudCounter.prototype) === Counter.prototype")).isEqualTo("true");
    assertThat(run("class Mine extends Counter { twice() { this.add('x'); return this.add('y'); } } var m = new Mine(); m.twice() + ' ' + (m instanceof Mine)"))
        .isEqualTo("2 true");
  }

  @Test
  void pairIterablesAreLive() {
    assertThat(run("var c = new Counter(); c.add('a'); var it = c.entries(); var first = it.next().value.join(); c.add('b');"
        + " first + '|' + it.next().value.join() + '|' + it.next().done + '|' + Object.prototype.toString.call(it)"))
        .isEqualTo("0,a|1,b|true|[object Counter Iterator]");
    assertThat(run("var c = new Counter(); c.add('p'); c.add('q'); var out = []; c.forEach((v, k, o) => out.push(k + v + (o === c))); out.join()"))
        .isEqualTo("0ptrue,1qtrue");
    assertThat(run("Counter.prototype[Symbol.iterator] === Counter.prototype.entries")).isEqualTo("true");
  }

  @Test
  void domExceptionsHaveNamesCodesAndErrorPrototype() {
    try (Isolate isolate = Isolate.create()) {
      HostGlobals.on(isolate.realm()).hostClass(DomException.CLASS);
      RunResult r = isolate.evaluate("t.js", "var e = new DOMException('m', 'NotFoundError');"
          + " [e.name, e.message, e.code, e instanceof Error, DOMException.ABORT_ERR, new DOMException().name].join()");
      assertThat(r.value()).isEqualTo("NotFoundError,m,8,true,20,Error");
      RunResult thrown = isolate.evaluate("t.js", "throw new DOMException('gone', 'AbortError')");
      assertThat(thrown.error().toString()).isEqualTo("AbortError: gone");
    }
  }
}
