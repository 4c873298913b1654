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
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;

/**
 * The FinalizationRegistry constructor and prototype — https://tc39.es/ecma262/#sec-finalization-registry-objects.
 * {@code cleanupSome} is a proposal test262 does not count as standard, so it is not provided.
 */
public final class FinalizationRegistryBuiltins {
  private FinalizationRegistryBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "FinalizationRegistry", FinalizationRegistryBuiltins::construct, true,
        c -> BuiltinInstaller.on(realm, c)
            .constructorBasics("FinalizationRegistry", 1, realm.intrinsic(Intrinsic.FINALIZATION_REGISTRY_PROTOTYPE)));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.FINALIZATION_REGISTRY))
        .method("register", 2, FinalizationRegistryBuiltins::register)
        .method("unregister", 1, FinalizationRegistryBuiltins::unregister)
        .toStringTag("FinalizationRegistry")));
  }

  /** FinalizationRegistry ( cleanupCallback ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "FinalizationRegistry");
    }
    Object callback = Args.get(args, 0);
    if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callback));
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.FINALIZATION_REGISTRY_PROTOTYPE);
    return new FinalizationRegistryObject(realm, JsObject.rootShape(realm, proto), fn);
  }

  private static FinalizationRegistryObject thisRegistry(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof FinalizationRegistryObject r) {
      return r;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] ) */
  static Object register(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    FinalizationRegistryObject registry = thisRegistry(realm, thisValue, "FinalizationRegistry.prototype.register");
    Object target = Args.get(args, 0);
    Object heldValue = Args.get(args, 1);
    Object token = Args.get(args, 2);
    if (!WeakKeys.canBeHeldWeakly(realm, target)) {
      throw Errors.typeError(realm, Msg.INVALID_WEAK_REF_TARGET, Describe.value(target));
    }
    if (SameValue.sameValue(target, heldValue)) {
      throw Errors.typeError(realm, Msg.FINALIZATION_TARGET_IS_HELD_VALUE);
    }
    if (!WeakKeys.canBeHeldWeakly(realm, token)) {
      if (token != Undefined.INSTANCE) {
        throw Errors.typeError(realm, Msg.INVALID_UNREGISTER_TOKEN, Describe.value(token));
      }
      token = null;
    }
    registry.register(realm, target, heldValue, token);
    return Undefined.INSTANCE;
  }

  /** FinalizationRegistry.prototype.unregister ( unregisterToken ) */
  static Object unregister(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    FinalizationRegistryObject registry = thisRegistry(realm, thisValue, "FinalizationRegistry.prototype.unregister");
    Object token = Args.get(args, 0);
    if (!WeakKeys.canBeHeldWeakly(realm, token)) {
      throw Errors.typeError(realm, Msg.INVALID_UNREGISTER_TOKEN, Describe.value(token));
    }
    return registry.unregister(realm, token);
  }
}
