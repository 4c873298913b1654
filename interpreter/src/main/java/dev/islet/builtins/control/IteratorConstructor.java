package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * The Iterator constructor (%Iterator%), Iterator.from with %WrapForValidIteratorPrototype%, and
 * the iterator-helper part of %Iterator.prototype% — https://tc39.es/ecma262/#sec-iterator-objects.
 */
public final class IteratorConstructor {
  private IteratorConstructor() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Iterator", IteratorConstructor::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Iterator", 0, realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE))
        .method("concat", 0, IteratorZip::concat)
        .method("from", 1, IteratorConstructor::from)
        .method("zip", 1, IteratorZip::zip)
        .method("zipKeyed", 1, IteratorZip::zipKeyed));
  }

  /**
   * Installs the iterator helpers and the other ES2025+ members of %Iterator.prototype% (whose
   * creation, with [Symbol.iterator], is in {@link GeneratorBuiltins#iteratorPrototype}).
   */
  public static void installPrototypeMembers(Realm realm, JsObject proto) {
    BuiltinInstaller.on(realm, proto)
        .accessor("constructor",
            (r, t, a, nt) -> r.intrinsic(Intrinsic.ITERATOR),
            (r, t, a, nt) -> setterThatIgnoresPrototypeProperties(r, t, "constructor", Args.get(a, 0)))
        .method("chunks", 1, IteratorChunking::chunks)
        .method("drop", 1, IteratorHelpers::drop)
        .method("every", 1, IteratorReducers::every)
        .method("filter", 1, IteratorHelpers::filter)
        .method("find", 1, IteratorReducers::find)
        .method("flatMap", 1, IteratorHelpers::flatMap)
        .method("forEach", 1, IteratorReducers::forEach)
        .method("includes", 1, IteratorReducers::includes)
        .method("map", 1, IteratorHelpers::map)
        .method("reduce", 1, IteratorReducers::reduce)
        .method("some", 1, IteratorReducers::some)
        .method("take", 1, IteratorHelpers::take)
        .method("toArray", 0, IteratorReducers::toArray)
        .method("windows", 1, IteratorChunking::windows)
        .method(Symbol.DISPOSE, 0, IteratorConstructor::dispose);
    NativeFunction getTag = new NativeFunction(realm, "get [Symbol.toStringTag]", 0, (r, t, a, nt) -> "Iterator", false);
    NativeFunction setTag = new NativeFunction(realm, "set [Symbol.toStringTag]", 1,
        (r, t, a, nt) -> setterThatIgnoresPrototypeProperties(r, t, Symbol.TO_STRING_TAG, Args.get(a, 0)), false);
    proto.defineAccessorDirect(realm, Symbol.TO_STRING_TAG, getTag, setTag, Attributes.CONFIGURABLE);
  }

  /** Iterator ( ): an abstract class — only subclasses may be constructed. */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null || newTarget == realm.intrinsic(Intrinsic.ITERATOR)) {
      throw Errors.typeError(realm, Msg.ITERATOR_ABSTRACT);
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.ITERATOR_PROTOTYPE);
    return JsObject.ordinary(realm, proto);
  }

  /**
   * SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v ): assigning through
   * %Iterator.prototype% defines an own property on the receiver, as a data property would.
   */
  private static Object setterThatIgnoresPrototypeProperties(Realm realm, Object thisValue, Object key, Object v) {
    if (!(thisValue instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(thisValue));
    }
    if (o == realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE)) {
      throw Errors.typeError(realm, Msg.ITERATOR_PROTOTYPE_READ_ONLY, dev.islet.objects.PropertyKey.describe(key));
    }
    if (o.getOwnProperty(realm, key) == null) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, key, v);
    } else {
      ObjectOperations.setOrThrow(realm, o, key, v);
    }
    return Undefined.INSTANCE;
  }

  /** %Iterator.prototype% [ @@dispose ] ( ) */
  static Object dispose(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object ret = ObjectOperations.getMethod(realm, thisValue, "return");
    if (ret != Undefined.INSTANCE) {
      ObjectOperations.call(realm, ret, thisValue);
    }
    return Undefined.INSTANCE;
  }

  // ------------------------------------------------------------------ Iterator.from

  /** Iterator.from ( O ) */
  static Object from(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    IteratorRecord rec = IteratorRecords.getIteratorFlattenable(realm, Args.get(args, 0), false);
    if (ObjectOperations.ordinaryHasInstance(realm, realm.intrinsic(Intrinsic.ITERATOR), rec.iterator)) {
      return rec.iterator;
    }
    return new WrappedIterator(realm, rec);
  }

  /** An object of %WrapForValidIteratorPrototype% with its [[Iterated]] record. */
  private static final class WrappedIterator extends JsObject {
    final IteratorRecord iterated;

    WrappedIterator(Realm realm, IteratorRecord iterated) {
      super(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.WRAP_FOR_VALID_ITERATOR_PROTOTYPE)));
      this.iterated = iterated;
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(iterated.iterator);
      v.visit(iterated.nextMethod);
    }
  }

  /** %WrapForValidIteratorPrototype% — https://tc39.es/ecma262/#sec-%wrapforvaliditeratorprototype%-object */
  public static JsObject createWrapForValidIteratorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, (r, t, a, nt) -> {
          IteratorRecord rec = wrapped(r, t, "%WrapForValidIteratorPrototype%.next").iterated;
          return ObjectOperations.call(r, rec.nextMethod, rec.iterator);
        })
        .method("return", 0, (r, t, a, nt) -> {
          JsObject iterator = wrapped(r, t, "%WrapForValidIteratorPrototype%.return").iterated.iterator;
          Object ret = ObjectOperations.getMethod(r, iterator, "return");
          if (ret == Undefined.INSTANCE) {
            return IteratorOperations.createIterResult(r, Undefined.INSTANCE, true);
          }
          return ObjectOperations.call(r, ret, iterator);
        })));
  }

  private static WrappedIterator wrapped(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof WrappedIterator w) {
      return w;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }
}
