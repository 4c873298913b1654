package dev.islet.objects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import dev.islet.realm.Intrinsic;
import org.junit.jupiter.api.Test;

class LazyPropertiesTest {
  private static Object eval(Isolate isolate, String source) {
    RunResult r = isolate.evaluate("test.js", source);
    assertThat(r.isOk()).as("%s: %s", source, r.detail()).isTrue();
    return r.value();
  }

  @Test
  void aNewIsolateCreatesOnlyTheBuiltInsItsCodeTouches() {
    try (Isolate isolate = Isolate.create()) {
      assertThat(eval(isolate, "JSON.stringify({a: [1, 2, 3]})")).isEqualTo("{\"a\":[1,2,3]}");
      assertThat(isolate.realm().hasIntrinsic(Intrinsic.JSON)).isTrue();
      assertThat(isolate.realm().hasIntrinsic(Intrinsic.MAP)).isFalse();
      assertThat(isolate.realm().hasIntrinsic(Intrinsic.ARRAY)).isFalse();
      assertThat(eval(isolate, "new Map([[1, 2]]).get(1)")).isEqualTo(2.0);
      assertThat(isolate.realm().hasIntrinsic(Intrinsic.MAP)).isTrue();
    }
  }

  @Test
  void ownKeysComeInTemplateOrderWhateverWasTouchedFirst() {
    try (Isolate isolate = Isolate.create()) {
      eval(isolate, "JSON; Map; var mine = 1; globalThis.other = 2; Array;");
      Object names = eval(isolate, "Object.getOwnPropertyNames(globalThis).join()");
      assertThat((String) names).startsWith("Infinity,NaN,undefined,globalThis,eval,parseFloat,parseInt,Array,Error,")
          .endsWith(",AsyncDisposableStack,JSON,mine,other");
      Object proto = eval(isolate, "Array.prototype.flat; Object.prototype.extra = 1; Object.prototype.toString;"
          + " Object.getOwnPropertyNames(Object.prototype).join()");
      assertThat(proto).isEqualTo("constructor,hasOwnProperty,isPrototypeOf,propertyIsEnumerable,toLocaleString,toString,"
          + "valueOf,__proto__,__defineGetter__,__defineSetter__,__lookupGetter__,__lookupSetter__,extra");
    }
  }

  @Test
  void aBuiltInDeletedOrRedefinedBeforeUseStaysSo() {
    try (Isolate isolate = Isolate.create()) {
      assertThat(eval(isolate, "delete globalThis.Map; typeof Map + ',' + ('Map' in globalThis)")).isEqualTo("undefined,false");
      assertThat(eval(isolate, "Object.getOwnPropertyNames(globalThis).includes('Map')")).isEqualTo(false);
      assertThat(eval(isolate, "Set = 5; Object.defineProperty(globalThis, 'WeakMap', {value: 6, enumerable: true});"
          + " var names = Object.getOwnPropertyNames(globalThis); names.indexOf('Set') < names.indexOf('WeakMap')"
          + " && names.indexOf('WeakMap') < names.indexOf('JSON') && Set === 5 && WeakMap === 6"))
          .isEqualTo(true);
      assertThat(eval(isolate, "Object.keys(globalThis).join()")).isEqualTo("WeakMap,names");
    }
  }

  @Test
  void lazilyCreatedPropertiesHaveTheSpecsAttributes() {
    try (Isolate isolate = Isolate.create()) {
      assertThat(eval(isolate, "var d = Object.getOwnPropertyDescriptor(Array.prototype, 'map');"
          + " [d.writable, d.enumerable, d.configurable, d.value.name, d.value.length].join()"))
          .isEqualTo("true,false,true,map,1");
      assertThat(eval(isolate, "var u = Object.getOwnPropertyDescriptor(globalThis, 'undefined');"
          + " [u.writable, u.enumerable, u.configurable].join()")).isEqualTo("false,false,false");
      assertThat(eval(isolate, "var p = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');"
          + " [typeof p.get, typeof p.set, p.enumerable, p.configurable].join()")).isEqualTo("function,function,false,true");
      assertThat(eval(isolate, "Array.prototype[Symbol.iterator] === Array.prototype.values && [].constructor === Array"))
          .isEqualTo(true);
    }
  }

  @Test
  void isolatesDoNotShareLazilyCreatedObjects() {
    try (Isolate a = Isolate.create(); Isolate b = Isolate.create()) {
      eval(a, "Array.prototype.map.tag = 'a'; JSON.tag = 'a'; Object.prototype.polluted = true;");
      assertThat(eval(b, "[Array.prototype.map.tag, JSON.tag, ({}).polluted].join()")).isEqualTo(",,");
    }
  }
}
