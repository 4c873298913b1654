package dev.islet.builtins.indexed;

import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.ElementType;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * Creating typed arrays — https://tc39.es/ecma262/#sec-abstract-operations-for-typedarray-objects:
 * the constructor's argument forms (length, typed array, buffer, iterable, array-like),
 * TypedArraySpeciesCreate and ValidateTypedArray.
 */
final class TypedArrayCreation {
  private TypedArrayCreation() {}

  /** The concrete constructor intrinsic of an element type. */
  static Intrinsic constructorOf(ElementType t) {
    return switch (t) {
      case INT8 -> Intrinsic.INT8_ARRAY;
      case UINT8 -> Intrinsic.UINT8_ARRAY;
      case UINT8_CLAMPED -> Intrinsic.UINT8_CLAMPED_ARRAY;
      case INT16 -> Intrinsic.INT16_ARRAY;
      case UINT16 -> Intrinsic.UINT16_ARRAY;
      case INT32 -> Intrinsic.INT32_ARRAY;
      case UINT32 -> Intrinsic.UINT32_ARRAY;
      case FLOAT16 -> Intrinsic.FLOAT16_ARRAY;
      case FLOAT32 -> Intrinsic.FLOAT32_ARRAY;
      case FLOAT64 -> Intrinsic.FLOAT64_ARRAY;
      case BIGINT64 -> Intrinsic.BIGINT64_ARRAY;
      case BIGUINT64 -> Intrinsic.BIGUINT64_ARRAY;
    };
  }

  /** The concrete prototype intrinsic of an element type. */
  static Intrinsic prototypeOf(ElementType t) {
    return switch (t) {
      case INT8 -> Intrinsic.INT8_ARRAY_PROTOTYPE;
      case UINT8 -> Intrinsic.UINT8_ARRAY_PROTOTYPE;
      case UINT8_CLAMPED -> Intrinsic.UINT8_CLAMPED_ARRAY_PROTOTYPE;
      case INT16 -> Intrinsic.INT16_ARRAY_PROTOTYPE;
      case UINT16 -> Intrinsic.UINT16_ARRAY_PROTOTYPE;
      case INT32 -> Intrinsic.INT32_ARRAY_PROTOTYPE;
      case UINT32 -> Intrinsic.UINT32_ARRAY_PROTOTYPE;
      case FLOAT16 -> Intrinsic.FLOAT16_ARRAY_PROTOTYPE;
      case FLOAT32 -> Intrinsic.FLOAT32_ARRAY_PROTOTYPE;
      case FLOAT64 -> Intrinsic.FLOAT64_ARRAY_PROTOTYPE;
      case BIGINT64 -> Intrinsic.BIGINT64_ARRAY_PROTOTYPE;
      case BIGUINT64 -> Intrinsic.BIGUINT64_ARRAY_PROTOTYPE;
    };
  }

  /** TypedArray ( ...args ) — https://tc39.es/ecma262/#sec-typedarray */
  static Object construct(Realm realm, ElementType type, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, type.typedArrayName);
    }
    Object first = args.length > 0 ? args[0] : Undefined.INSTANCE;
    if (!(first instanceof JsObject firstObject)) {
      // 3./5. A length (ToIndex before AllocateTypedArray reads the prototype).
      long elementLength = args.length == 0 ? 0 : TypeConversion.toIndex(realm, first);
      TypedArrayObject o = allocate(realm, type, newTarget);
      allocateBuffer(realm, o, elementLength);
      return o;
    }
    // 4.a. AllocateTypedArray: the prototype comes first.
    TypedArrayObject o = allocate(realm, type, newTarget);
    if (firstObject instanceof TypedArrayObject src) {
      initializeFromTypedArray(realm, o, src);
    } else if (firstObject instanceof ArrayBufferObject buffer) {
      initializeFromArrayBuffer(realm, o, buffer, args.length > 1 ? args[1] : Undefined.INSTANCE,
          args.length > 2 ? args[2] : Undefined.INSTANCE);
    } else {
      Object usingIterator = ObjectOperations.getMethod(realm, firstObject, Symbol.ITERATOR);
      if (usingIterator != Undefined.INSTANCE) {
        try (ScratchMemory mem = new ScratchMemory(realm)) {
          Object[] values = iteratorToList(realm, mem, firstObject, usingIterator);
          allocateBuffer(realm, o, values.length);
          for (int k = 0; k < values.length; k++) {
            o.setElement(realm, k, values[k]);
          }
        }
      } else {
        long len = ArrayElements.lengthOf(realm, firstObject);
        allocateBuffer(realm, o, len);
        for (long k = 0; k < len; k++) {
          o.setElement(realm, k, ArrayElements.get(realm, firstObject, k));
        }
      }
    }
    return o;
  }

  /** AllocateTypedArray without a length: the object, its prototype from {@code newTarget}. */
  private static TypedArrayObject allocate(Realm realm, ElementType type, JsObject newTarget) {
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, prototypeOf(type));
    return new TypedArrayObject(realm, JsObject.rootShape(realm, proto), type);
  }

  /** IteratorToList ( GetIteratorFromMethod ( obj, method ) ), charging for the list. */
  static Object[] iteratorToList(Realm realm, ScratchMemory mem, Object obj, Object method) {
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIteratorFromMethod(realm, obj, method);
    Object[] values = new Object[8];
    int n = 0;
    while (true) {
      Object v = IteratorOperations.stepValue(realm, rec);
      if (v == JsObject.NOT_FOUND) {
        return java.util.Arrays.copyOf(values, n);
      }
      if (n == values.length) {
        if (n >= ArrayBufferObject.MAX_BYTE_LENGTH / 2) {
          throw Errors.rangeError(realm, Msg.INVALID_TYPED_ARRAY_LENGTH, Integer.toString(n));
        }
        mem.charge(SizeEstimates.refArray(n));
        values = java.util.Arrays.copyOf(values, n * 2);
      }
      values[n++] = v;
    }
  }

  /** AllocateTypedArrayBuffer ( O, length ): a new %ArrayBuffer% of length × element size bytes. */
  static void allocateBuffer(Realm realm, TypedArrayObject o, long length) {
    long byteLength = length * o.type.size;
    if (length > ArrayBufferObject.MAX_BYTE_LENGTH || byteLength > ArrayBufferObject.MAX_BYTE_LENGTH) {
      throw Errors.rangeError(realm, Msg.INVALID_TYPED_ARRAY_LENGTH, Long.toString(length));
    }
    o.buffer = ArrayBufferObject.allocate(realm, null, byteLength, -1);
    o.byteOffset = 0;
    o.arrayLength = (int) length;
  }

  /** InitializeTypedArrayFromTypedArray ( O, srcArray ) */
  private static void initializeFromTypedArray(Realm realm, TypedArrayObject o, TypedArrayObject src) {
    int elementLength = src.lengthOrOutOfBounds();
    if (elementLength < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    if (o.type.isBigInt() != src.type.isBigInt()) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_CONTENT_TYPE, src.type.typedArrayName, o.type.typedArrayName);
    }
    allocateBuffer(realm, o, elementLength);
    TypedArrayCopying.copyElements(realm, src, 0, o, 0, elementLength);
  }

  /** InitializeTypedArrayFromArrayBuffer ( O, buffer, byteOffset, length ) */
  private static void initializeFromArrayBuffer(Realm realm, TypedArrayObject o, ArrayBufferObject buffer, Object byteOffset, Object length) {
    int elementSize = o.type.size;
    long offset = TypeConversion.toIndex(realm, byteOffset);
    if (offset % elementSize != 0) {
      throw Errors.rangeError(realm, Msg.TYPED_ARRAY_ALIGNMENT, "start offset", o.type.typedArrayName, Integer.toString(elementSize));
    }
    long newLength = length == Undefined.INSTANCE ? 0 : TypeConversion.toIndex(realm, length);
    if (buffer.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    long bufferByteLength = buffer.byteLength();
    if (length == Undefined.INSTANCE && !buffer.isFixedLength()) {
      if (offset > bufferByteLength) {
        throw Errors.rangeError(realm, Msg.TYPED_ARRAY_OFFSET, Long.toString(offset));
      }
      o.arrayLength = TypedArrayObject.AUTO;
    } else {
      long newByteLength;
      if (length == Undefined.INSTANCE) {
        if (bufferByteLength % elementSize != 0) {
          throw Errors.rangeError(realm, Msg.TYPED_ARRAY_ALIGNMENT, "byte length", o.type.typedArrayName, Integer.toString(elementSize));
        }
        newByteLength = bufferByteLength - offset;
        if (newByteLength < 0) {
          throw Errors.rangeError(realm, Msg.TYPED_ARRAY_OFFSET, Long.toString(offset));
        }
      } else {
        newByteLength = newLength * elementSize;
        if (offset + newByteLength > bufferByteLength) {
          throw Errors.rangeError(realm, Msg.INVALID_TYPED_ARRAY_LENGTH, Long.toString(newLength));
        }
      }
      o.arrayLength = (int) (newByteLength / elementSize);
    }
    o.buffer = buffer;
    o.byteOffset = (int) offset;
  }

  /** ValidateTypedArray ( O, order ): the array and its current length, or a TypeError. */
  static TypedArrayObject validate(Realm realm, Object o, String method) {
    if (!(o instanceof TypedArrayObject ta)) {
      throw Errors.typeError(realm, Msg.NOT_A_TYPED_ARRAY, method, Describe.value(o));
    }
    if (ta.lengthOrOutOfBounds() < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    return ta;
  }

  /** RequireInternalSlot ( O, [[TypedArrayName]] ) */
  static TypedArrayObject require(Realm realm, Object o, String method) {
    if (o instanceof TypedArrayObject ta) {
      return ta;
    }
    throw Errors.typeError(realm, Msg.NOT_A_TYPED_ARRAY, method, Describe.value(o));
  }

  /** TypedArrayCreateFromConstructor ( constructor, argumentList ) */
  static TypedArrayObject createFromConstructor(Realm realm, JsObject constructor, Object[] args) {
    JsObject created = ObjectOperations.construct(realm, constructor, args, null);
    TypedArrayObject ta = validate(realm, created, "TypedArrayCreate");
    if (args.length == 1 && (args[0] instanceof Integer || args[0] instanceof Double)) {
      if (ta.length() < ((Number) args[0]).doubleValue()) {
        throw Errors.typeError(realm, Msg.TYPED_ARRAY_TOO_SHORT);
      }
    }
    return ta;
  }

  /** TypedArraySpeciesCreate ( exemplar, argumentList ) */
  static TypedArrayObject speciesCreate(Realm realm, TypedArrayObject exemplar, Object[] args) {
    JsObject defaultConstructor = realm.intrinsic(constructorOf(exemplar.type));
    JsObject constructor = ObjectOperations.speciesConstructor(realm, exemplar, defaultConstructor);
    TypedArrayObject result = createFromConstructor(realm, constructor, args);
    if (result.type.isBigInt() != exemplar.type.isBigInt()) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_CONTENT_TYPE, exemplar.type.typedArrayName, result.type.typedArrayName);
    }
    return result;
  }

  /** TypedArrayCreateSameType ( exemplar, length ): always the realm's own constructor, no species. */
  static TypedArrayObject createSameType(Realm realm, TypedArrayObject exemplar, long length) {
    TypedArrayObject ta = new TypedArrayObject(realm, JsObject.rootShape(realm, realm.intrinsic(prototypeOf(exemplar.type))), exemplar.type);
    allocateBuffer(realm, ta, length);
    return ta;
  }
}
