package dev.islet.realm;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.values.Undefined;

/**
 * The Global Object — https://tc39.es/ecma262/#sec-global-object. Created empty; its properties
 * are installed on first touch, and each constructor it points at is itself built lazily.
 */
public final class GlobalObjectSetup {
  private GlobalObjectSetup() {}

  static JsObject createGlobalObject(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), g -> install(realm, g)));
  }

  private static void install(Realm realm, JsObject g) {
    BuiltinInstaller b = BuiltinInstaller.on(realm, g)
        // Value properties: not writable, enumerable or configurable.
        .constant("Infinity", Double.POSITIVE_INFINITY)
        .constant("NaN", Double.NaN)
        .constant("undefined", Undefined.INSTANCE)
        .value("globalThis", g, Attributes.HIDDEN)
        // Function properties.
        .function("eval", realm.intrinsic(Intrinsic.EVAL))
        .function("parseFloat", realm.intrinsic(Intrinsic.PARSE_FLOAT))
        .function("parseInt", realm.intrinsic(Intrinsic.PARSE_INT));
    // Constructor properties.
    Intrinsic[] constructors = {
      Intrinsic.ARRAY, Intrinsic.ERROR, Intrinsic.EVAL_ERROR, Intrinsic.FUNCTION, Intrinsic.OBJECT,
      Intrinsic.PROMISE, Intrinsic.RANGE_ERROR, Intrinsic.REFERENCE_ERROR, Intrinsic.REGEXP,
      Intrinsic.SYNTAX_ERROR, Intrinsic.TYPE_ERROR, Intrinsic.URI_ERROR, Intrinsic.SYMBOL,
      Intrinsic.STRING, Intrinsic.BOOLEAN,
    };
    for (Intrinsic c : constructors) {
      JsObject ctor = realm.intrinsic(c);
      b.function(((dev.islet.objects.NativeFunction) ctor).debugName(), ctor);
    }
    installFundamental(realm, b);
    installNumbers(realm, b);
    installText(realm, b);
    installIndexed(realm, b);
    installKeyed(realm, b);
  }

  /** Globals of the fundamental objects chapter (owner: builtins "fundamental"). */
  private static void installFundamental(Realm realm, BuiltinInstaller b) {
    dev.islet.builtins.fundamental.GlobalFunctionProperties.install(realm, b);
    b.function("Proxy", realm.intrinsic(Intrinsic.PROXY))
        .function("Reflect", realm.intrinsic(Intrinsic.REFLECT))
        .function("AggregateError", realm.intrinsic(Intrinsic.AGGREGATE_ERROR))
        .function("SuppressedError", realm.intrinsic(Intrinsic.SUPPRESSED_ERROR));
  }

  /** Globals of numbers and dates (owner: builtins "numbers"): Math, BigInt, Date, Number functions. */
  private static void installNumbers(Realm realm, BuiltinInstaller b) {
    b.function("Number", realm.intrinsic(Intrinsic.NUMBER))
        .function("BigInt", realm.intrinsic(Intrinsic.BIGINT))
        .function("Date", realm.intrinsic(Intrinsic.DATE))
        .function("Math", realm.intrinsic(Intrinsic.MATH));
  }

  /** Globals of text processing (owner: builtins "text"). */
  private static void installText(Realm realm, BuiltinInstaller b) {}

  /** Globals of indexed collections and structured data (owner: builtins "indexed"). */
  private static void installIndexed(Realm realm, BuiltinInstaller b) {
    Intrinsic[] constructors = {
      Intrinsic.ARRAY_BUFFER, Intrinsic.SHARED_ARRAY_BUFFER, Intrinsic.DATA_VIEW,
      Intrinsic.INT8_ARRAY, Intrinsic.UINT8_ARRAY, Intrinsic.UINT8_CLAMPED_ARRAY, Intrinsic.INT16_ARRAY,
      Intrinsic.UINT16_ARRAY, Intrinsic.INT32_ARRAY, Intrinsic.UINT32_ARRAY, Intrinsic.FLOAT16_ARRAY,
      Intrinsic.FLOAT32_ARRAY, Intrinsic.FLOAT64_ARRAY, Intrinsic.BIGINT64_ARRAY, Intrinsic.BIGUINT64_ARRAY,
    };
    for (Intrinsic c : constructors) {
      JsObject ctor = realm.intrinsic(c);
      b.function(((dev.islet.objects.NativeFunction) ctor).debugName(), ctor);
    }
    b.function("Atomics", realm.intrinsic(Intrinsic.ATOMICS));
  }

  /** Globals of keyed collections, JSON, Reflect, Proxy, WeakRef, Iterator, disposables (owner: builtins "keyed"). */
  private static void installKeyed(Realm realm, BuiltinInstaller b) {
    Intrinsic[] constructors = {
      Intrinsic.MAP, Intrinsic.SET, Intrinsic.WEAK_MAP, Intrinsic.WEAK_SET, Intrinsic.WEAK_REF,
      Intrinsic.FINALIZATION_REGISTRY, Intrinsic.ITERATOR, Intrinsic.DISPOSABLE_STACK,
      Intrinsic.ASYNC_DISPOSABLE_STACK,
    };
    for (Intrinsic c : constructors) {
      JsObject ctor = realm.intrinsic(c);
      b.function(((dev.islet.objects.NativeFunction) ctor).debugName(), ctor);
    }
    b.function("JSON", realm.intrinsic(Intrinsic.JSON));
  }
}
