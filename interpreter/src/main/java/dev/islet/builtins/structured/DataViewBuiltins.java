package dev.islet.builtins.structured;

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
import dev.islet.values.Undefined;

/** The DataView constructor and %DataView.prototype% — https://tc39.es/ecma262/#sec-dataview-objects. */
public final class DataViewBuiltins {
  private DataViewBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "DataView", DataViewBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("DataView", 1, realm.intrinsic(Intrinsic.DATA_VIEW_PROTOTYPE)));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      BuiltinInstaller b = BuiltinInstaller.on(realm, p)
          .getter("buffer", DataViewBuiltins::buffer)
          .getter("byteLength", DataViewBuiltins::byteLength)
          .getter("byteOffset", DataViewBuiltins::byteOffset)
          .function("constructor", realm.intrinsic(Intrinsic.DATA_VIEW));
      String[] names = {"Int8", "Uint8", null, "Int16", "Uint16", "Int32", "Uint32", "Float16", "Float32", "Float64", "BigInt64", "BigUint64"};
      for (ElementType t : ElementType.values()) {
        String n = names[t.ordinal()];
        if (n != null) {
          b.method("get" + n, 1, (r, thisValue, args, nt) -> getViewValue(r, thisValue, Args.get(args, 0), Args.get(args, 1), t));
          b.method("set" + n, 2, (r, thisValue, args, nt) -> setViewValue(r, thisValue, Args.get(args, 0), Args.get(args, 2), t, Args.get(args, 1)));
        }
      }
      b.toStringTag("DataView");
    }));
  }

  /** DataView ( buffer [ , byteOffset [ , byteLength ] ] ) — https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "DataView");
    }
    Object bufferArg = Args.get(args, 0);
    if (!(bufferArg instanceof ArrayBufferObject buffer)) {
      throw Errors.typeError(realm, Msg.NOT_AN_ARRAY_BUFFER, Describe.value(bufferArg));
    }
    long offset = TypeConversion.toIndex(realm, Args.get(args, 1));
    if (buffer.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    long bufferByteLength = buffer.byteLength();
    if (offset > bufferByteLength) {
      throw Errors.rangeError(realm, Msg.DATA_VIEW_OFFSET);
    }
    boolean fixed = buffer.isFixedLength();
    Object lengthArg = Args.get(args, 2);
    long viewByteLength;
    if (lengthArg == Undefined.INSTANCE) {
      viewByteLength = fixed ? bufferByteLength - offset : DataViewObject.AUTO;
    } else {
      viewByteLength = TypeConversion.toIndex(realm, lengthArg);
      if (offset + viewByteLength > bufferByteLength) {
        throw Errors.rangeError(realm, Msg.DATA_VIEW_LENGTH);
      }
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.DATA_VIEW_PROTOTYPE);
    // Getting the prototype ran user code: check the buffer again.
    if (buffer.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    bufferByteLength = buffer.byteLength();
    if (offset > bufferByteLength) {
      throw Errors.rangeError(realm, Msg.DATA_VIEW_OFFSET);
    }
    if (lengthArg != Undefined.INSTANCE && offset + viewByteLength > bufferByteLength) {
      throw Errors.rangeError(realm, Msg.DATA_VIEW_LENGTH);
    }
    return new DataViewObject(realm, JsObject.rootShape(realm, proto), buffer, (int) offset, (int) viewByteLength);
  }

  private static DataViewObject thisView(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof DataViewObject v) {
      return v;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "DataView.prototype." + method, Describe.value(thisValue));
  }

  static Object buffer(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisView(realm, thisValue, "buffer").buffer;
  }

  static Object byteLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    DataViewObject v = thisView(realm, thisValue, "byteLength");
    if (v.isOutOfBounds()) {
      throw Errors.typeError(realm, Msg.VIEW_OUT_OF_BOUNDS);
    }
    return v.viewByteLength();
  }

  static Object byteOffset(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    DataViewObject v = thisView(realm, thisValue, "byteOffset");
    if (v.isOutOfBounds()) {
      throw Errors.typeError(realm, Msg.VIEW_OUT_OF_BOUNDS);
    }
    return v.byteOffset;
  }

  /** GetViewValue ( view, requestIndex, isLittleEndian, type ) — https://tc39.es/ecma262/#sec-getviewvalue */
  static Object getViewValue(Realm realm, Object view, Object requestIndex, Object littleEndian, ElementType type) {
    DataViewObject v = thisView(realm, view, "get" + type.typedArrayName.replace("Array", ""));
    long getIndex = TypeConversion.toIndex(realm, requestIndex);
    boolean little = TypeConversion.toBoolean(littleEndian);
    int index = checkedIndex(realm, v, getIndex, type);
    return type.get(v.buffer.data(), index, little);
  }

  /** SetViewValue ( view, requestIndex, isLittleEndian, type, value ) — https://tc39.es/ecma262/#sec-setviewvalue */
  static Object setViewValue(Realm realm, Object view, Object requestIndex, Object littleEndian, ElementType type, Object value) {
    DataViewObject v = thisView(realm, view, "set" + type.typedArrayName.replace("Array", ""));
    long getIndex = TypeConversion.toIndex(realm, requestIndex);
    Object numeric = type.toNumeric(realm, value);
    boolean little = TypeConversion.toBoolean(littleEndian);
    int index = checkedIndex(realm, v, getIndex, type);
    type.set(v.buffer.data(), index, numeric, little);
    return Undefined.INSTANCE;
  }

  /** Steps 5–10 of GetViewValue/SetViewValue: the byte index in the buffer, or a TypeError/RangeError. */
  private static int checkedIndex(Realm realm, DataViewObject v, long getIndex, ElementType type) {
    if (v.isOutOfBounds()) {
      throw Errors.typeError(realm, Msg.VIEW_OUT_OF_BOUNDS);
    }
    if (getIndex + type.size > v.viewByteLength()) {
      throw Errors.rangeError(realm, Msg.DATA_VIEW_INDEX);
    }
    return (int) (getIndex + v.byteOffset);
  }
}
