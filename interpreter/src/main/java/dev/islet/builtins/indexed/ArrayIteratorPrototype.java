package dev.islet.builtins.indexed;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** %ArrayIteratorPrototype% and array iterator objects — https://tc39.es/ecma262/#sec-array-iterator-objects. */
public final class ArrayIteratorPrototype {
  public static final int KEYS = 0;
  public static final int VALUES = 1;
  public static final int ENTRIES = 2;

  private ArrayIteratorPrototype() {}

  /** An array iterator instance: [[IteratedArrayLike]], [[ArrayLikeNextIndex]], [[ArrayLikeIterationKind]]. */
  static final class ArrayIterator extends JsObject {
    JsObject iterated;
    long nextIndex;
    final int kind;

    ArrayIterator(Realm realm, JsObject iterated, int kind) {
      super(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE)));
      this.iterated = iterated;
      this.kind = kind;
    }
  }

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, ArrayIteratorPrototype::next)
        .toStringTag("Array Iterator")));
  }

  /** CreateArrayIterator ( array, kind ) */
  public static JsObject createArrayIterator(Realm realm, JsObject array, int kind) {
    return new ArrayIterator(realm, array, kind);
  }

  /** %ArrayIteratorPrototype%.next ( ) */
  static Object next(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof ArrayIterator it)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "%ArrayIteratorPrototype%.next", Describe.value(thisValue));
    }
    JsObject a = it.iterated;
    if (a == null) {
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    long index = it.nextIndex;
    long len;
    if (a instanceof ArrayObject ao) {
      len = ao.length();
    } else if (a instanceof TypedArrayObject ta) {
      len = ta.lengthOrOutOfBounds();
      if (len < 0) {
        throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
      }
    } else {
      len = TypeConversion.toLength(realm, a.get(realm, "length", a));
    }
    if (index >= len) {
      it.iterated = null;
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    it.nextIndex = index + 1;
    Object indexValue = index <= Integer.MAX_VALUE ? (Object) (int) index : (Object) (double) index;
    if (it.kind == KEYS) {
      return IteratorOperations.createIterResult(realm, indexValue, false);
    }
    Object value = a.get(realm, PropertyKey.ofLong(index), a);
    if (it.kind == VALUES) {
      return IteratorOperations.createIterResult(realm, value, false);
    }
    return IteratorOperations.createIterResult(realm, ObjectOperations.createArrayFromList(realm, new Object[] {indexValue, value}), false);
  }
}
