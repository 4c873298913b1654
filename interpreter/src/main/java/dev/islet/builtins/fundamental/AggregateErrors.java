package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors that carry other errors: AggregateError — https://tc39.es/ecma262/#sec-aggregate-error-objects —
 * and SuppressedError (explicit resource management) —
 * https://tc39.es/proposal-explicit-resource-management/#sec-suppressederror-objects.
 */
public final class AggregateErrors {
  private AggregateErrors() {}

  public static JsObject createAggregateError(Realm realm) {
    return new NativeFunction(realm, realm.intrinsic(Intrinsic.ERROR), "AggregateError", AggregateErrors::aggregateError, true,
        f -> BuiltinInstaller.on(realm, f).constructorBasics("AggregateError", 2, realm.intrinsic(Intrinsic.AGGREGATE_ERROR_PROTOTYPE)));
  }

  public static JsObject createAggregateErrorPrototype(Realm realm) {
    return prototype(realm, Intrinsic.AGGREGATE_ERROR, "AggregateError");
  }

  public static JsObject createSuppressedError(Realm realm) {
    return new NativeFunction(realm, realm.intrinsic(Intrinsic.ERROR), "SuppressedError", AggregateErrors::suppressedError, true,
        f -> BuiltinInstaller.on(realm, f).constructorBasics("SuppressedError", 3, realm.intrinsic(Intrinsic.SUPPRESSED_ERROR_PROTOTYPE)));
  }

  public static JsObject createSuppressedErrorPrototype(Realm realm) {
    return prototype(realm, Intrinsic.SUPPRESSED_ERROR, "SuppressedError");
  }

  private static JsObject prototype(Realm realm, Intrinsic ctor, String name) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ERROR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(ctor))
        .value("message", "", Attributes.HIDDEN)
        .value("name", name, Attributes.HIDDEN)));
  }

  /** AggregateError ( errors, message [ , options ] ) — https://tc39.es/ecma262/#sec-aggregate-error */
  static Object aggregateError(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    ErrorObject o = ErrorBuiltins.create(realm, newTarget, Intrinsic.AGGREGATE_ERROR, Intrinsic.AGGREGATE_ERROR_PROTOTYPE,
        Args.get(args, 1));
    ErrorBuiltins.installErrorCause(realm, o, Args.get(args, 2));
    // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
    List<Object> errors = new ArrayList<>();
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIterator(realm, Args.get(args, 0));
    while (true) {
      Object v = IteratorOperations.stepValue(realm, rec);
      if (v == JsObject.NOT_FOUND) {
        break;
      }
      realm.agent.budget.charge(1);
      realm.heap.charge(dev.islet.heap.SizeEstimates.refArray(1));
      errors.add(v);
    }
    JsObject list = ObjectOperations.createArrayFromList(realm, errors.toArray());
    ObjectOperations.definePropertyOrThrow(realm, o, "errors", PropertyDescriptor.data(list, Attributes.HIDDEN));
    return o;
  }

  /** SuppressedError ( error, suppressed, message ) */
  static Object suppressedError(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    ErrorObject o = ErrorBuiltins.create(realm, newTarget, Intrinsic.SUPPRESSED_ERROR, Intrinsic.SUPPRESSED_ERROR_PROTOTYPE,
        Args.get(args, 2));
    o.defineDirect(realm, "error", Args.get(args, 0), Attributes.HIDDEN);
    o.defineDirect(realm, "suppressed", Args.get(args, 1), Attributes.HIDDEN);
    return o;
  }

  /**
   * A new %SuppressedError% with "error" and "suppressed" and no message: what DisposeResources
   * throws when a disposal fails after an earlier error.
   */
  public static ErrorObject newSuppressedError(Realm realm, Object error, Object suppressed) {
    return (ErrorObject) suppressedError(realm, Undefined.INSTANCE, new Object[] {error, suppressed}, null);
  }
}
