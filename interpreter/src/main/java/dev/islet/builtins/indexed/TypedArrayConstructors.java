package dev.islet.builtins.indexed;

import dev.islet.builtins.structured.ElementType;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * %TypedArray% (https://tc39.es/ecma262/#sec-%typedarray%-intrinsic-object) and the twelve concrete
 * constructors with their prototypes (https://tc39.es/ecma262/#sec-typedarray-constructors).
 */
public final class TypedArrayConstructors {
  private TypedArrayConstructors() {}

  /** %TypedArray%: abstract; calling or constructing it is a TypeError. */
  public static JsObject createTypedArray(Realm realm) {
    return new NativeFunction(realm, "TypedArray", TypedArrayConstructors::abstractConstruct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("TypedArray", 0, realm.intrinsic(Intrinsic.TYPED_ARRAY_PROTOTYPE))
        .method("from", 1, TypedArrayConstructors::from)
        .method("of", 0, TypedArrayConstructors::of)
        .getter(Symbol.SPECIES, (r, t, a, nt) -> t));
  }

  private static Object abstractConstruct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    throw Errors.typeError(realm, Msg.TYPED_ARRAY_ABSTRACT);
  }

  /** A concrete constructor (Int8Array …): its [[Prototype]] is %TypedArray%. */
  public static JsObject createConstructor(Realm realm, ElementType type) {
    return new NativeFunction(realm, realm.intrinsic(Intrinsic.TYPED_ARRAY), type.typedArrayName,
        (r, t, args, nt) -> TypedArrayCreation.construct(r, type, args, nt), true, c -> {
          BuiltinInstaller b = BuiltinInstaller.on(realm, c)
              .constructorBasics(type.typedArrayName, 3, realm.intrinsic(TypedArrayCreation.prototypeOf(type)))
              .constant("BYTES_PER_ELEMENT", type.size);
          if (type == ElementType.UINT8) {
            b.method("fromBase64", 1, Uint8ArrayEncoding::fromBase64)
                .method("fromHex", 1, Uint8ArrayEncoding::fromHex);
          }
        });
  }

  /** A concrete prototype (Int8Array.prototype …): its [[Prototype]] is %TypedArray.prototype%. */
  public static JsObject createPrototype(Realm realm, ElementType type) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.TYPED_ARRAY_PROTOTYPE), p -> {
      BuiltinInstaller b = BuiltinInstaller.on(realm, p)
          .constant("BYTES_PER_ELEMENT", type.size)
          .function("constructor", realm.intrinsic(TypedArrayCreation.constructorOf(type)));
      if (type == ElementType.UINT8) {
        b.method("setFromBase64", 1, Uint8ArrayEncoding::setFromBase64)
            .method("setFromHex", 1, Uint8ArrayEncoding::setFromHex)
            .method("toBase64", 0, Uint8ArrayEncoding::toBase64)
            .method("toHex", 0, Uint8ArrayEncoding::toHex);
      }
    }));
  }

  // Intrinsic factories, one per element type (Intrinsic takes a Function<Realm, JsObject>).
  public static JsObject int8(Realm r) { return createConstructor(r, ElementType.INT8); }
  public static JsObject uint8(Realm r) { return createConstructor(r, ElementType.UINT8); }
  public static JsObject uint8Clamped(Realm r) { return createConstructor(r, ElementType.UINT8_CLAMPED); }
  public static JsObject int16(Realm r) { return createConstructor(r, ElementType.INT16); }
  public static JsObject uint16(Realm r) { return createConstructor(r, ElementType.UINT16); }
  public static JsObject int32(Realm r) { return createConstructor(r, ElementType.INT32); }
  public static JsObject uint32(Realm r) { return createConstructor(r, ElementType.UINT32); }
  public static JsObject float16(Realm r) { return createConstructor(r, ElementType.FLOAT16); }
  public static JsObject float32(Realm r) { return createConstructor(r, ElementType.FLOAT32); }
  public static JsObject float64(Realm r) { return createConstructor(r, ElementType.FLOAT64); }
  public static JsObject bigInt64(Realm r) { return createConstructor(r, ElementType.BIGINT64); }
  public static JsObject bigUint64(Realm r) { return createConstructor(r, ElementType.BIGUINT64); }
  public static JsObject int8Proto(Realm r) { return createPrototype(r, ElementType.INT8); }
  public static JsObject uint8Proto(Realm r) { return createPrototype(r, ElementType.UINT8); }
  public static JsObject uint8ClampedProto(Realm r) { return createPrototype(r, ElementType.UINT8_CLAMPED); }
  public static JsObject int16Proto(Realm r) { return createPrototype(r, ElementType.INT16); }
  public static JsObject uint16Proto(Realm r) { return createPrototype(r, ElementType.UINT16); }
  public static JsObject int32Proto(Realm r) { return createPrototype(r, ElementType.INT32); }
  public static JsObject uint32Proto(Realm r) { return createPrototype(r, ElementType.UINT32); }
  public static JsObject float16Proto(Realm r) { return createPrototype(r, ElementType.FLOAT16); }
  public static JsObject float32Proto(Realm r) { return createPrototype(r, ElementType.FLOAT32); }
  public static JsObject float64Proto(Realm r) { return createPrototype(r, ElementType.FLOAT64); }
  public static JsObject bigInt64Proto(Realm r) { return createPrototype(r, ElementType.BIGINT64); }
  public static JsObject bigUint64Proto(Realm r) { return createPrototype(r, ElementType.BIGUINT64); }

  private static JsObject thisConstructor(Realm realm, Object thisValue) {
    if (thisValue instanceof JsObject c && c.isConstructor()) {
      return c;
    }
    throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(thisValue));
  }

  /** %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-%typedarray%.from */
  static Object from(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject c = thisConstructor(realm, thisValue);
    Object source = Args.get(args, 0);
    Object mapfn = Args.get(args, 1);
    Object thisArg = Args.get(args, 2);
    JsObject mapper = mapfn == Undefined.INSTANCE ? null : ArrayElements.callable(realm, mapfn);
    Object usingIterator = ObjectOperations.getMethod(realm, source, Symbol.ITERATOR);
    if (usingIterator != Undefined.INSTANCE) {
      try (ScratchMemory mem = new ScratchMemory(realm)) {
        Object[] values = TypedArrayCreation.iteratorToList(realm, mem, source, usingIterator);
        int len = values.length;
        TypedArrayObject target = TypedArrayCreation.createFromConstructor(realm, c, new Object[] {len});
        for (int k = 0; k < len; k++) {
          Object v = mapper == null ? values[k] : mapper.call(thisArg, new Object[] {values[k], k});
          ObjectOperations.setOrThrow(realm, target, dev.islet.objects.PropertyKey.ofIndex(k), v);
        }
        return target;
      }
    }
    JsObject arrayLike = TypeConversion.toObject(realm, source);
    long len = ArrayElements.lengthOf(realm, arrayLike);
    TypedArrayObject target = TypedArrayCreation.createFromConstructor(realm, c, new Object[] {ArrayElements.number(len)});
    for (long k = 0; k < len; k++) {
      Object v = ArrayElements.get(realm, arrayLike, k);
      if (mapper != null) {
        v = mapper.call(thisArg, new Object[] {v, ArrayElements.number(k)});
      }
      ObjectOperations.setOrThrow(realm, target, dev.islet.objects.PropertyKey.ofLong(k), v);
    }
    return target;
  }

  /** %TypedArray%.of ( ...items ) */
  static Object of(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject c = thisConstructor(realm, thisValue);
    TypedArrayObject target = TypedArrayCreation.createFromConstructor(realm, c, new Object[] {args.length});
    for (int k = 0; k < args.length; k++) {
      ObjectOperations.setOrThrow(realm, target, dev.islet.objects.PropertyKey.ofIndex(k), args[k]);
    }
    return target;
  }
}
