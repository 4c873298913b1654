package dev.islet.api.host;

import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * Default iterator objects of pair-iterable interfaces — https://webidl.spec.whatwg.org/#es-iterable:
 * {@code entries}, {@code keys}, {@code values}, {@code forEach} and {@code @@iterator} (the same
 * function as {@code entries}) on the prototype, and an iterator prototype ("Headers Iterator")
 * inheriting from %IteratorPrototype% with a {@code next} method.
 */
final class PairIterators {
  static final int KEYS = 0;
  static final int VALUES = 1;
  static final int ENTRIES = 2;

  private PairIterators() {}

  /** An iterator: its class, its target, its kind and the index of the next pair. */
  static final class PairIteratorObject extends JsObject {
    final HostClass<?> cls;
    final HostObject target;
    final int kind;
    int index;

    PairIteratorObject(Realm realm, JsObject proto, HostClass<?> cls, HostObject target, int kind) {
      super(realm, JsObject.rootShape(realm, proto));
      this.cls = cls;
      this.target = target;
      this.kind = kind;
    }

    @Override
    public String className() {
      return cls.name + " Iterator";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(target);
    }
  }

  static <T extends HostObject> void install(Realm realm, HostClass<T> cls, JsObject proto) {
    String prefix = cls.name + ".prototype.";
    NativeFunction entries = new NativeFunction(realm, "entries", 0, iteratorMethod(cls, ENTRIES, prefix + "entries"), false);
    proto.defineDirect(realm, "entries", entries, Attributes.DEFAULT);
    proto.defineDirect(realm, "keys",
        new NativeFunction(realm, "keys", 0, iteratorMethod(cls, KEYS, prefix + "keys"), false), Attributes.DEFAULT);
    proto.defineDirect(realm, "values",
        new NativeFunction(realm, "values", 0, iteratorMethod(cls, VALUES, prefix + "values"), false), Attributes.DEFAULT);
    proto.defineDirect(realm, "forEach", new NativeFunction(realm, "forEach", 1, (r, t, a, nt) -> {
      T self = cls.cast(r, t, prefix + "forEach");
      Object callback = a.length > 0 ? a[0] : Undefined.INSTANCE;
      if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
        throw HostErrors.typeError(r, prefix + "forEach: the callback is not a function");
      }
      Object thisArg = a.length > 1 ? a[1] : Undefined.INSTANCE;
      PairIterable<T> source = cls.iterable;
      for (int i = 0; i < source.size(r, self); i++) {
        r.agent.budget.charge(1);
        fn.call(thisArg, new Object[] {source.value(r, self, i), source.key(r, self, i), self});
      }
      return Undefined.INSTANCE;
    }, false), Attributes.DEFAULT);
    proto.defineDirect(realm, Symbol.ITERATOR, entries, Attributes.HIDDEN);
  }

  private static <T extends HostObject> NativeCode iteratorMethod(HostClass<T> cls, int kind, String member) {
    return (r, t, a, nt) -> {
      T self = cls.cast(r, t, member);
      return new PairIteratorObject(r, iteratorPrototype(r, cls), cls, self, kind);
    };
  }

  private static JsObject iteratorPrototype(Realm realm, HostClass<?> cls) {
    JsObject[] objects = HostRealm.of(realm).objects(cls, realm);
    JsObject p = objects[HostRealm.ITERATOR_PROTOTYPE];
    if (p == null) {
      p = objects[HostRealm.ITERATOR_PROTOTYPE] = new JsObject(realm,
          Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), o -> {
            o.defineDirect(realm, "next", new NativeFunction(realm, "next", 0, (r, t, a, nt) -> next(r, cls, t), false),
                Attributes.DEFAULT);
            o.defineDirect(realm, Symbol.TO_STRING_TAG, cls.name + " Iterator", Attributes.CONFIGURABLE);
          }));
    }
    return p;
  }

  @SuppressWarnings("unchecked")
  private static <T extends HostObject> Object next(Realm realm, HostClass<T> cls, Object thisValue) {
    if (!(thisValue instanceof PairIteratorObject it) || it.cls != cls) {
      throw HostErrors.typeError(realm, "Illegal invocation: " + cls.name + " Iterator.prototype.next called on an object that is not a "
          + cls.name + " iterator");
    }
    T self = (T) it.target;
    PairIterable<T> source = cls.iterable;
    int i = it.index;
    if (i >= source.size(realm, self)) {
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    it.index = i + 1;
    Object result = switch (it.kind) {
      case KEYS -> source.key(realm, self, i);
      case VALUES -> source.value(realm, self, i);
      default -> ObjectOperations.createArrayFromList(realm, new Object[] {source.key(realm, self, i), source.value(realm, self, i)});
    };
    return IteratorOperations.createIterResult(realm, result, false);
  }
}
