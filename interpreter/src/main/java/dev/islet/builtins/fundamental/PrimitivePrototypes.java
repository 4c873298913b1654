package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import java.math.BigInteger;

/**
 * The prototypes of the primitive wrapper types with their basic toString/valueOf. The full
 * String, Number, Boolean, Symbol and BigInt libraries are installed by their own classes in the
 * standard-library issue; these are what the core needs to convert and print primitives.
 */
public final class PrimitivePrototypes {
  private PrimitivePrototypes() {}

  public static JsObject booleanPrototype(Realm realm) {
    return new PrimitiveObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(dev.islet.realm.Intrinsic.BOOLEAN))
        .method("toString", 0, (r, t, a, nt) -> String.valueOf(thisPrimitive(r, t, Boolean.class, "Boolean.prototype.toString")))
        .method("valueOf", 0, (r, t, a, nt) -> thisPrimitive(r, t, Boolean.class, "Boolean.prototype.valueOf"))), false);
  }

  public static JsObject symbolPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(dev.islet.realm.Intrinsic.SYMBOL))
        .method("toString", 0, (r, t, a, nt) -> ((Symbol) thisPrimitive(r, t, Symbol.class, "Symbol.prototype.toString")).descriptiveString())
        .method("valueOf", 0, (r, t, a, nt) -> thisPrimitive(r, t, Symbol.class, "Symbol.prototype.valueOf"))
        .toStringTag("Symbol")));
  }

  /** thisXValue ( value ): the primitive itself, or the one a wrapper object holds; else a TypeError. */
  public static Object thisPrimitive(Realm realm, Object thisValue, Class<?> type, String method) {
    if (type.isInstance(thisValue) && !(thisValue instanceof BigInteger && type == Number.class)) {
      return thisValue;
    }
    if (thisValue instanceof PrimitiveObject p && type.isInstance(p.primitive())
        && !(p.primitive() instanceof BigInteger && type == Number.class)) {
      return p.primitive();
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }
}
