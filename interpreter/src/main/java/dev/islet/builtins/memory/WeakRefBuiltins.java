package dev.islet.builtins.memory;

import dev.islet.builtins.keyed.WeakKeys;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.lang.ref.WeakReference;

/** The WeakRef constructor and WeakRef.prototype — https://tc39.es/ecma262/#sec-weak-ref-objects. */
public final class WeakRefBuiltins {
  private WeakRefBuiltins() {}

  /** A WeakRef instance: [[WeakRefTarget]] is a JVM weak reference. */
  static final class WeakRefObject extends JsObject {
    final WeakReference<Object> target;

    WeakRefObject(Realm realm, Shape shape, Object target) {
      super(realm, shape);
      this.target = new WeakReference<>(target);
    }

    @Override
    public String className() {
      return "WeakRef";
    }
  }

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "WeakRef", WeakRefBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("WeakRef", 1, realm.intrinsic(Intrinsic.WEAK_REF_PROTOTYPE)));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.WEAK_REF))
        .method("deref", 0, WeakRefBuiltins::deref)
        .toStringTag("WeakRef")));
  }

  /** WeakRef ( target ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "WeakRef");
    }
    Object target = Args.get(args, 0);
    if (!WeakKeys.canBeHeldWeakly(realm, target)) {
      throw Errors.typeError(realm, Msg.INVALID_WEAK_REF_TARGET, Describe.value(target));
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.WEAK_REF_PROTOTYPE);
    WeakRefObject ref = new WeakRefObject(realm, JsObject.rootShape(realm, proto), target);
    MemoryCheckpoint.of(realm).keep(realm, target);
    return ref;
  }

  /** WeakRef.prototype.deref ( ) — WeakRefDeref: a live target is kept alive until the checkpoint ends. */
  static Object deref(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof WeakRefObject ref)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "WeakRef.prototype.deref", Describe.value(thisValue));
    }
    Object target = ref.target.get();
    if (target == null) {
      return Undefined.INSTANCE;
    }
    MemoryCheckpoint.of(realm).keep(realm, target);
    return target;
  }
}
