package dev.islet.realm;

import dev.islet.builtins.fundamental.GlobalFunctionProperties;
import dev.islet.builtins.support.BuiltinTemplate;
import dev.islet.objects.JsObject;
import dev.islet.objects.LazyProperties;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.values.Undefined;

/**
 * The Global Object — https://tc39.es/ecma262/#sec-global-object. Its properties are listed once
 * per process ({@link #GLOBALS}) and a realm creates each one, and the intrinsic it points at, when
 * a script first uses that name: a script that only touches {@code JSON} never builds {@code Array}'s
 * constructor. Listing the own keys of the global object creates the rest, in this order.
 */
public final class GlobalObjectSetup {
  private GlobalObjectSetup() {}

  private static final LazyProperties GLOBALS = globals();

  static JsObject createGlobalObject(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), GLOBALS.in(realm)));
  }

  private static LazyProperties globals() {
    BuiltinTemplate b = BuiltinTemplate.create()
        // Value properties: not writable, enumerable or configurable.
        .constant("Infinity", Double.POSITIVE_INFINITY)
        .constant("NaN", Double.NaN)
        .constant("undefined", Undefined.INSTANCE)
        .value("globalThis", Attributes.HIDDEN, (realm, g) -> g)
        // Function properties.
        .intrinsic("eval", Intrinsic.EVAL)
        .intrinsic("parseFloat", Intrinsic.PARSE_FLOAT)
        .intrinsic("parseInt", Intrinsic.PARSE_INT)
        // Constructor properties.
        .intrinsic("Array", Intrinsic.ARRAY)
        .intrinsic("Error", Intrinsic.ERROR)
        .intrinsic("EvalError", Intrinsic.EVAL_ERROR)
        .intrinsic("Function", Intrinsic.FUNCTION)
        .intrinsic("Object", Intrinsic.OBJECT)
        .intrinsic("Promise", Intrinsic.PROMISE)
        .intrinsic("RangeError", Intrinsic.RANGE_ERROR)
        .intrinsic("ReferenceError", Intrinsic.REFERENCE_ERROR)
        .intrinsic("RegExp", Intrinsic.REGEXP)
        .intrinsic("SyntaxError", Intrinsic.SYNTAX_ERROR)
        .intrinsic("TypeError", Intrinsic.TYPE_ERROR)
        .intrinsic("URIError", Intrinsic.URI_ERROR)
        .intrinsic("Symbol", Intrinsic.SYMBOL)
        .intrinsic("String", Intrinsic.STRING)
        .intrinsic("Boolean", Intrinsic.BOOLEAN);
    addFundamental(b);
    addNumbers(b);
    addIndexed(b);
    addKeyed(b);
    return b.build();
  }

  /** Globals of the fundamental objects chapter (owner: builtins "fundamental"). */
  private static void addFundamental(BuiltinTemplate b) {
    GlobalFunctionProperties.addTo(b);
    b.intrinsic("Proxy", Intrinsic.PROXY)
        .intrinsic("Reflect", Intrinsic.REFLECT)
        .intrinsic("AggregateError", Intrinsic.AGGREGATE_ERROR)
        .intrinsic("SuppressedError", Intrinsic.SUPPRESSED_ERROR);
  }

  /** Globals of numbers and dates (owner: builtins "numbers"): Math, BigInt, Date, Number functions. */
  private static void addNumbers(BuiltinTemplate b) {
    b.intrinsic("Number", Intrinsic.NUMBER)
        .intrinsic("BigInt", Intrinsic.BIGINT)
        .intrinsic("Date", Intrinsic.DATE)
        .intrinsic("Math", Intrinsic.MATH);
  }

  /** Globals of indexed collections and structured data (owner: builtins "indexed"). */
  private static void addIndexed(BuiltinTemplate b) {
    b.intrinsic("ArrayBuffer", Intrinsic.ARRAY_BUFFER)
        .intrinsic("SharedArrayBuffer", Intrinsic.SHARED_ARRAY_BUFFER)
        .intrinsic("DataView", Intrinsic.DATA_VIEW)
        .intrinsic("Int8Array", Intrinsic.INT8_ARRAY)
        .intrinsic("Uint8Array", Intrinsic.UINT8_ARRAY)
        .intrinsic("Uint8ClampedArray", Intrinsic.UINT8_CLAMPED_ARRAY)
        .intrinsic("Int16Array", Intrinsic.INT16_ARRAY)
        .intrinsic("Uint16Array", Intrinsic.UINT16_ARRAY)
        .intrinsic("Int32Array", Intrinsic.INT32_ARRAY)
        .intrinsic("Uint32Array", Intrinsic.UINT32_ARRAY)
        .intrinsic("Float16Array", Intrinsic.FLOAT16_ARRAY)
        .intrinsic("Float32Array", Intrinsic.FLOAT32_ARRAY)
        .intrinsic("Float64Array", Intrinsic.FLOAT64_ARRAY)
        .intrinsic("BigInt64Array", Intrinsic.BIGINT64_ARRAY)
        .intrinsic("BigUint64Array", Intrinsic.BIGUINT64_ARRAY)
        .intrinsic("Atomics", Intrinsic.ATOMICS);
  }

  /** Globals of keyed collections, JSON, Reflect, Proxy, WeakRef, Iterator, disposables (owner: builtins "keyed"). */
  private static void addKeyed(BuiltinTemplate b) {
    b.intrinsic("Map", Intrinsic.MAP)
        .intrinsic("Set", Intrinsic.SET)
        .intrinsic("WeakMap", Intrinsic.WEAK_MAP)
        .intrinsic("WeakSet", Intrinsic.WEAK_SET)
        .intrinsic("WeakRef", Intrinsic.WEAK_REF)
        .intrinsic("FinalizationRegistry", Intrinsic.FINALIZATION_REGISTRY)
        .intrinsic("Iterator", Intrinsic.ITERATOR)
        .intrinsic("DisposableStack", Intrinsic.DISPOSABLE_STACK)
        .intrinsic("AsyncDisposableStack", Intrinsic.ASYNC_DISPOSABLE_STACK)
        .intrinsic("JSON", Intrinsic.JSON);
  }
}
