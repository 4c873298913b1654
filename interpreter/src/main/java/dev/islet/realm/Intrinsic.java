package dev.islet.realm;

import dev.islet.builtins.fundamental.ErrorBuiltins;
import dev.islet.builtins.fundamental.FunctionBuiltins;
import dev.islet.builtins.fundamental.ObjectConstructor;
import dev.islet.builtins.fundamental.ObjectPrototype;
import dev.islet.builtins.control.GeneratorBuiltins;
import dev.islet.builtins.control.PromiseBuiltins;
import dev.islet.builtins.indexed.ArrayConstructor;
import dev.islet.builtins.indexed.ArrayIteratorPrototype;
import dev.islet.builtins.numbers.BigIntBuiltins;
import dev.islet.builtins.numbers.DateConstructor;
import dev.islet.builtins.numbers.DatePrototype;
import dev.islet.builtins.numbers.MathObject;
import dev.islet.builtins.numbers.NumberConstructor;
import dev.islet.builtins.numbers.NumberPrototype;
import dev.islet.builtins.keyed.CollectionIterators;
import dev.islet.builtins.keyed.MapBuiltins;
import dev.islet.builtins.keyed.SetBuiltins;
import dev.islet.builtins.keyed.WeakMapBuiltins;
import dev.islet.builtins.keyed.WeakSetBuiltins;
import dev.islet.builtins.memory.FinalizationRegistryBuiltins;
import dev.islet.builtins.memory.WeakRefBuiltins;
import dev.islet.builtins.indexed.ArrayPrototype;
import dev.islet.builtins.text.RegExpConstructor;
import dev.islet.builtins.text.RegExpPrototype;
import dev.islet.builtins.text.RegExpStringIteratorPrototype;
import dev.islet.builtins.text.StringConstructor;
import dev.islet.builtins.text.StringIteratorPrototype;
import dev.islet.builtins.text.StringPrototype;
import dev.islet.vm.AsyncFromSyncIterator;
import dev.islet.errors.ErrorKind;
import dev.islet.objects.JsObject;
import java.util.function.Function;

/**
 * The well-known intrinsic objects — https://tc39.es/ecma262/#sec-well-known-intrinsic-objects.
 * Each knows how to create itself in a realm; {@link Realm#intrinsic} creates it on first use, and
 * most built-in objects then install their own properties on first touch.
 */
public enum Intrinsic {
  OBJECT_PROTOTYPE(ObjectPrototype::create),
  OBJECT(ObjectConstructor::create),
  FUNCTION_PROTOTYPE(FunctionBuiltins::createPrototype),
  FUNCTION(FunctionBuiltins::createConstructor),
  THROW_TYPE_ERROR(FunctionBuiltins::createThrowTypeError),
  ARRAY_PROTOTYPE(ArrayPrototype::create),
  ARRAY(ArrayConstructor::create),
  ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.ERROR)),
  EVAL_ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.EVAL_ERROR)),
  RANGE_ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.RANGE_ERROR)),
  REFERENCE_ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.REFERENCE_ERROR)),
  SYNTAX_ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.SYNTAX_ERROR)),
  TYPE_ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.TYPE_ERROR)),
  URI_ERROR_PROTOTYPE(r -> ErrorBuiltins.createPrototype(r, ErrorKind.URI_ERROR)),
  ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.ERROR)),
  EVAL_ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.EVAL_ERROR)),
  RANGE_ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.RANGE_ERROR)),
  REFERENCE_ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.REFERENCE_ERROR)),
  SYNTAX_ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.SYNTAX_ERROR)),
  TYPE_ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.TYPE_ERROR)),
  URI_ERROR(r -> ErrorBuiltins.createConstructor(r, ErrorKind.URI_ERROR)),
  ARRAY_PROTOTYPE_VALUES(ArrayPrototype::createValues),
  ARRAY_ITERATOR_PROTOTYPE(ArrayIteratorPrototype::create),
  ITERATOR_PROTOTYPE(GeneratorBuiltins::iteratorPrototype),
  ASYNC_ITERATOR_PROTOTYPE(GeneratorBuiltins::asyncIteratorPrototype),
  ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE(AsyncFromSyncIterator::createPrototype),
  GENERATOR_PROTOTYPE(GeneratorBuiltins::generatorPrototype),
  GENERATOR_FUNCTION_PROTOTYPE(GeneratorBuiltins::generatorFunctionPrototype),
  GENERATOR_FUNCTION(GeneratorBuiltins::generatorFunction),
  ASYNC_FUNCTION_PROTOTYPE(GeneratorBuiltins::asyncFunctionPrototype),
  ASYNC_FUNCTION(GeneratorBuiltins::asyncFunction),
  ASYNC_GENERATOR_PROTOTYPE(GeneratorBuiltins::asyncGeneratorPrototype),
  ASYNC_GENERATOR_FUNCTION_PROTOTYPE(GeneratorBuiltins::asyncGeneratorFunctionPrototype),
  ASYNC_GENERATOR_FUNCTION(GeneratorBuiltins::asyncGeneratorFunction),
  PROMISE(PromiseBuiltins::createConstructor),
  PROMISE_PROTOTYPE(PromiseBuiltins::createPrototype),
  EVAL(GlobalFunctions::createEval),

  // ---- Fundamental objects: Object, Function, Boolean, Symbol, Error (owner: builtins "fundamental")
  BOOLEAN(dev.islet.builtins.fundamental.BooleanBuiltins::createConstructor),
  BOOLEAN_PROTOTYPE(dev.islet.builtins.fundamental.BooleanBuiltins::createPrototype),
  SYMBOL(dev.islet.builtins.fundamental.SymbolBuiltins::createConstructor),
  SYMBOL_PROTOTYPE(dev.islet.builtins.fundamental.SymbolBuiltins::createPrototype),
  PROXY(dev.islet.builtins.reflection.ProxyConstructor::create),
  REFLECT(dev.islet.builtins.reflection.ReflectObject::create),
  AGGREGATE_ERROR(dev.islet.builtins.fundamental.AggregateErrors::createAggregateError),
  AGGREGATE_ERROR_PROTOTYPE(dev.islet.builtins.fundamental.AggregateErrors::createAggregateErrorPrototype),
  SUPPRESSED_ERROR(dev.islet.builtins.fundamental.AggregateErrors::createSuppressedError),
  SUPPRESSED_ERROR_PROTOTYPE(dev.islet.builtins.fundamental.AggregateErrors::createSuppressedErrorPrototype),

  // ---- Numbers and dates: Number, Math, BigInt, Date (owner: builtins "numbers")
  NUMBER(NumberConstructor::create),
  NUMBER_PROTOTYPE(NumberPrototype::create),
  PARSE_FLOAT(NumberConstructor::createParseFloat),
  PARSE_INT(NumberConstructor::createParseInt),
  BIGINT(BigIntBuiltins::createConstructor),
  BIGINT_PROTOTYPE(BigIntBuiltins::createPrototype),
  MATH(MathObject::create),
  DATE(DateConstructor::create),
  DATE_PROTOTYPE(DatePrototype::create),

  // ---- Text processing: String, RegExp (owner: builtins "text")
  STRING(StringConstructor::create),
  STRING_PROTOTYPE(StringPrototype::create),
  STRING_ITERATOR_PROTOTYPE(StringIteratorPrototype::create),
  REGEXP(RegExpConstructor::create),
  REGEXP_PROTOTYPE(RegExpPrototype::create),
  REGEXP_STRING_ITERATOR_PROTOTYPE(RegExpStringIteratorPrototype::createPrototype),

  // ---- Indexed collections and structured data: Array, typed arrays, ArrayBuffer, DataView, Atomics (owner: builtins "indexed")
  ARRAY_PROTOTYPE_TO_STRING(ArrayPrototype::createToString),
  ARRAY_BUFFER(dev.islet.builtins.structured.ArrayBufferBuiltins::createConstructor),
  ARRAY_BUFFER_PROTOTYPE(dev.islet.builtins.structured.ArrayBufferBuiltins::createPrototype),
  SHARED_ARRAY_BUFFER(dev.islet.builtins.structured.SharedArrayBufferBuiltins::createConstructor),
  SHARED_ARRAY_BUFFER_PROTOTYPE(dev.islet.builtins.structured.SharedArrayBufferBuiltins::createPrototype),
  DATA_VIEW(dev.islet.builtins.structured.DataViewBuiltins::createConstructor),
  DATA_VIEW_PROTOTYPE(dev.islet.builtins.structured.DataViewBuiltins::createPrototype),
  ATOMICS(dev.islet.builtins.structured.AtomicsObject::create),
  TYPED_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::createTypedArray),
  TYPED_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayPrototype::create),
  INT8_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::int8),
  UINT8_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::uint8),
  UINT8_CLAMPED_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::uint8Clamped),
  INT16_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::int16),
  UINT16_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::uint16),
  INT32_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::int32),
  UINT32_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::uint32),
  FLOAT16_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::float16),
  FLOAT32_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::float32),
  FLOAT64_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::float64),
  BIGINT64_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::bigInt64),
  BIGUINT64_ARRAY(dev.islet.builtins.indexed.TypedArrayConstructors::bigUint64),
  INT8_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::int8Proto),
  UINT8_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::uint8Proto),
  UINT8_CLAMPED_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::uint8ClampedProto),
  INT16_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::int16Proto),
  UINT16_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::uint16Proto),
  INT32_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::int32Proto),
  UINT32_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::uint32Proto),
  FLOAT16_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::float16Proto),
  FLOAT32_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::float32Proto),
  FLOAT64_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::float64Proto),
  BIGINT64_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::bigInt64Proto),
  BIGUINT64_ARRAY_PROTOTYPE(dev.islet.builtins.indexed.TypedArrayConstructors::bigUint64Proto),

  // ---- Keyed collections, JSON, reflection, memory, iterators, promises, disposables (owner: builtins "keyed")
  MAP(MapBuiltins::createConstructor),
  MAP_PROTOTYPE(MapBuiltins::createPrototype),
  MAP_ITERATOR_PROTOTYPE(CollectionIterators::mapIteratorPrototype),
  SET(SetBuiltins::createConstructor),
  SET_PROTOTYPE(SetBuiltins::createPrototype),
  SET_ITERATOR_PROTOTYPE(CollectionIterators::setIteratorPrototype),
  WEAK_MAP(WeakMapBuiltins::createConstructor),
  WEAK_MAP_PROTOTYPE(WeakMapBuiltins::createPrototype),
  WEAK_SET(WeakSetBuiltins::createConstructor),
  WEAK_SET_PROTOTYPE(WeakSetBuiltins::createPrototype),
  WEAK_REF(WeakRefBuiltins::createConstructor),
  WEAK_REF_PROTOTYPE(WeakRefBuiltins::createPrototype),
  FINALIZATION_REGISTRY(FinalizationRegistryBuiltins::createConstructor),
  FINALIZATION_REGISTRY_PROTOTYPE(FinalizationRegistryBuiltins::createPrototype),
  JSON(dev.islet.builtins.structured.JsonObject::create),
  ITERATOR(dev.islet.builtins.control.IteratorConstructor::createConstructor),
  ITERATOR_HELPER_PROTOTYPE(dev.islet.builtins.control.IteratorHelperObject::createPrototype),
  DISPOSABLE_STACK(dev.islet.builtins.control.DisposableStackBuiltins::createConstructor),
  DISPOSABLE_STACK_PROTOTYPE(dev.islet.builtins.control.DisposableStackBuiltins::createPrototype),
  ASYNC_DISPOSABLE_STACK(dev.islet.builtins.control.DisposableStackBuiltins::createAsyncConstructor),
  ASYNC_DISPOSABLE_STACK_PROTOTYPE(dev.islet.builtins.control.DisposableStackBuiltins::createAsyncPrototype),
  WRAP_FOR_VALID_ITERATOR_PROTOTYPE(dev.islet.builtins.control.IteratorConstructor::createWrapForValidIteratorPrototype),

  ;

  private final Function<Realm, JsObject> factory;

  Intrinsic(Function<Realm, JsObject> factory) {
    this.factory = factory;
  }

  JsObject create(Realm realm) {
    return factory.apply(realm);
  }
}
