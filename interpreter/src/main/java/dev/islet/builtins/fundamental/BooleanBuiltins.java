package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;

/** Boolean Objects — https://tc39.es/ecma262/#sec-boolean-objects */
public final class BooleanBuiltins {
  private BooleanBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Boolean", BooleanBuiltins::construct, true,
        c -> BuiltinInstaller.on(realm, c).constructorBasics("Boolean", 1, realm.intrinsic(Intrinsic.BOOLEAN_PROTOTYPE)));
  }

  /** %Boolean.prototype%: itself a Boolean object whose [[BooleanData]] is false. */
  public static JsObject createPrototype(Realm realm) {
    return new PrimitiveObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.BOOLEAN))
        .method("toString", 0, BooleanBuiltins::toString_)
        .method("valueOf", 0, BooleanBuiltins::valueOf)), false);
  }

  /** Boolean ( value ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    boolean b = TypeConversion.toBoolean(Args.get(args, 0));
    if (newTarget == null) {
      return b;
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.BOOLEAN_PROTOTYPE);
    return new PrimitiveObject(realm, JsObject.rootShape(realm, proto), b);
  }

  /** ThisBooleanValue ( value ) */
  static boolean thisBooleanValue(Realm realm, Object value, String method) {
    return ThisPrimitiveValue.of(realm, value, Boolean.class, method);
  }

  /** Boolean.prototype.toString ( ) */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisBooleanValue(realm, thisValue, "Boolean.prototype.toString") ? "true" : "false";
  }

  /** Boolean.prototype.valueOf ( ) */
  static Object valueOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisBooleanValue(realm, thisValue, "Boolean.prototype.valueOf");
  }
}
