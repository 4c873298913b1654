package dev.islet.api.host;

import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * A WebIDL interface implemented in Java (our small JSG): one immutable definition, shared by every
 * realm, that creates the interface object (the constructor) and the interface prototype object of
 * a realm on first use, each filling in its properties on first touch.
 *
 * <pre>{@code
 * static final HostClass<RequestObject> REQUEST = HostClass.builder("Request", RequestObject.class)
 *     .constructor(1, RequestClass::construct)
 *     .getter("url", (realm, self) -> self.url)
 *     .method("clone", 0, (realm, self, args) -> self.cloneRequest(realm))
 *     .build();
 * }</pre>
 *
 * <p>As WebIDL says (https://webidl.spec.whatwg.org/#es-interfaces): operations and attributes live
 * on the prototype and are enumerable; an attribute is an accessor pair named {@code get x} /
 * {@code set x}; constants are on both the constructor and the prototype; the prototype has a
 * {@code Symbol.toStringTag}; calling a constructor without {@code new}, or constructing an interface
 * without a constructor, is a TypeError; a member called on an object that is not an instance (the
 * brand check: {@code instanceof} the Java class) is a TypeError. A {@link PairIterable} adds
 * {@code entries}, {@code keys}, {@code values}, {@code forEach} and {@code @@iterator}.
 *
 * @param <T> the Java class of the instances
 */
public final class HostClass<T extends HostObject> {
  /** An operation with its brand-checked receiver. */
  @FunctionalInterface
  public interface Method<T> {
    Object call(Realm realm, T self, Object[] args);
  }

  /** An attribute getter with its brand-checked receiver. */
  @FunctionalInterface
  public interface Getter<T> {
    Object get(Realm realm, T self);
  }

  /** An attribute setter with its brand-checked receiver. */
  @FunctionalInterface
  public interface Setter<T> {
    void set(Realm realm, T self, Object value);
  }

  /**
   * The constructor steps: {@code newTarget} is never null (a call without {@code new} was refused);
   * create the instance with {@link HostClass#prototypeFor}.
   */
  @FunctionalInterface
  public interface Constructor {
    Object construct(Realm realm, Object[] args, JsObject newTarget);
  }

  /** A member: how to install it on the prototype (or constructor) of a realm. */
  private record Member(Object key, int length, NativeCode code, NativeCode setter, Object value, int kind) {
    static final int METHOD = 0;
    static final int GETTER = 1;
    static final int ACCESSOR = 2;
    static final int CONSTANT = 3;
    static final int VALUE = 4;
  }

  final String name;
  final Class<T> type;
  final HostClass<?> parent;
  private final dev.islet.realm.Intrinsic parentPrototype;
  private final int constructorLength;
  private final Constructor constructor;
  private final List<Member> prototypeMembers;
  private final List<Member> staticMembers;
  final PairIterable<T> iterable;
  private final String toStringTag;

  private HostClass(Builder<T> b) {
    this.name = b.name;
    this.type = b.type;
    this.parent = b.parent;
    this.parentPrototype = b.parentPrototype;
    this.constructorLength = b.constructorLength;
    this.constructor = b.constructor;
    this.prototypeMembers = List.copyOf(b.prototypeMembers);
    this.staticMembers = List.copyOf(b.staticMembers);
    this.iterable = b.iterable;
    this.toStringTag = b.toStringTag;
  }

  public static <T extends HostObject> Builder<T> builder(String name, Class<T> type) {
    return new Builder<>(name, type);
  }

  public String name() {
    return name;
  }

  /** The interface prototype object of {@code realm}, created on first use. */
  public JsObject prototype(Realm realm) {
    return HostRealm.of(realm).objects(this, realm)[HostRealm.PROTOTYPE];
  }

  /** The interface object (the constructor) of {@code realm}, created on first use. */
  public JsObject constructor(Realm realm) {
    return HostRealm.of(realm).objects(this, realm)[HostRealm.CONSTRUCTOR];
  }

  /**
   * The [[Prototype]] of an instance constructed with {@code newTarget} (a subclass's prototype, for
   * {@code class MyRequest extends Request}); this class's prototype in newTarget's realm if
   * newTarget's {@code prototype} is not an object. Null newTarget: this realm's prototype.
   */
  public JsObject prototypeFor(Realm realm, JsObject newTarget) {
    if (newTarget == null) {
      return prototype(realm);
    }
    Object proto = newTarget.get(realm, "prototype", newTarget);
    if (proto instanceof JsObject p) {
      return p;
    }
    return prototype(ObjectOperations.getFunctionRealm(realm, newTarget));
  }

  /** The brand check: {@code value} as an instance of this class, or a TypeError naming {@code member}. */
  public T cast(Realm realm, Object value, String member) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    throw HostErrors.typeError(realm, "Illegal invocation: " + member + " called on an object that is not a " + name);
  }

  /** True if {@code value} is an instance of this class (or of a subclass). */
  public boolean isInstance(Object value) {
    return type.isInstance(value);
  }

  // ------------------------------------------------------------------ creation in a realm

  JsObject[] create(Realm realm, HostRealm state) {
    JsObject parentProto = parent != null ? parent.prototype(realm)
        : parentPrototype != null ? realm.intrinsic(parentPrototype) : realm.objectPrototype();
    JsObject parentCtor = parent == null ? realm.functionPrototype() : parent.constructor(realm);
    JsObject[] pair = new JsObject[HostRealm.SIZE];
    // Registered before any installer runs: the installers refer to each other through the pair.
    state.register(this, pair);
    pair[HostRealm.PROTOTYPE] = new JsObject(realm, Shape.lazy(parentProto, p -> installPrototype(realm, p, pair)));
    NativeCode code = (r, thisValue, args, newTarget) -> {
      if (newTarget == null) {
        throw HostErrors.typeError(r, "Failed to construct '" + name + "': Please use the 'new' operator, this object constructor cannot be called as a function.");
      }
      if (constructor == null) {
        throw HostErrors.typeError(r, "Failed to construct '" + name + "': Illegal constructor");
      }
      return constructor.construct(r, args, newTarget);
    };
    pair[HostRealm.CONSTRUCTOR] = new NativeFunction(realm, parentCtor, name, code, true, c -> installConstructor(realm, c, pair));
    return pair;
  }

  private void installConstructor(Realm realm, JsObject c, JsObject[] pair) {
    c.defineDirect(realm, "length", constructorLength, Attributes.CONFIGURABLE);
    c.defineDirect(realm, "name", name, Attributes.CONFIGURABLE);
    c.defineDirect(realm, "prototype", pair[HostRealm.PROTOTYPE], Attributes.FROZEN);
    install(realm, c, staticMembers, true);
  }

  private void installPrototype(Realm realm, JsObject p, JsObject[] pair) {
    p.defineDirect(realm, "constructor", pair[HostRealm.CONSTRUCTOR], Attributes.HIDDEN);
    install(realm, p, prototypeMembers, false);
    if (iterable != null) {
      PairIterators.install(realm, this, p);
    }
    p.defineDirect(realm, Symbol.TO_STRING_TAG, toStringTag, Attributes.CONFIGURABLE);
  }

  private static void install(Realm realm, JsObject target, List<Member> members, boolean statics) {
    for (Member m : members) {
      String fnName = m.key instanceof Symbol s ? "[" + s.description() + "]" : (String) m.key;
      switch (m.kind) {
        case Member.METHOD -> target.defineDirect(realm, m.key,
            new NativeFunction(realm, fnName, m.length, m.code, false), Attributes.DEFAULT);
        case Member.GETTER -> target.defineAccessorDirect(realm, m.key,
            new NativeFunction(realm, "get " + fnName, 0, m.code, false), Undefined.INSTANCE,
            Attributes.ENUMERABLE | Attributes.CONFIGURABLE);
        case Member.ACCESSOR -> target.defineAccessorDirect(realm, m.key,
            new NativeFunction(realm, "get " + fnName, 0, m.code, false),
            new NativeFunction(realm, "set " + fnName, 1, m.setter, false),
            Attributes.ENUMERABLE | Attributes.CONFIGURABLE);
        case Member.CONSTANT -> target.defineDirect(realm, m.key, m.value, Attributes.ENUMERABLE);
        case Member.VALUE -> target.defineDirect(realm, m.key, m.value, m.length);
        default -> throw new IllegalStateException("member kind " + m.kind);
      }
    }
  }

  // ------------------------------------------------------------------ builder

  /** Declares a host class member by member, in the order they appear on the objects. */
  public static final class Builder<T extends HostObject> {
    private final String name;
    private final Class<T> type;
    private HostClass<?> parent;
    private dev.islet.realm.Intrinsic parentPrototype;
    private int constructorLength;
    private Constructor constructor;
    private final List<Member> prototypeMembers = new ArrayList<>();
    private final List<Member> staticMembers = new ArrayList<>();
    private PairIterable<T> iterable;
    private String toStringTag;

    private Builder(String name, Class<T> type) {
      this.name = name;
      this.type = type;
      this.toStringTag = name;
    }

    /** Inherits from {@code parent} (the prototype and the constructor chains, as {@code extends} does). */
    public Builder<T> inherits(HostClass<?> parent) {
      if (!parent.type.isAssignableFrom(type)) {
        throw new IllegalArgumentException(type + " is not a subclass of " + parent.type);
      }
      this.parent = parent;
      return this;
    }

    /** Makes the prototype inherit from an intrinsic (DOMException's from %Error.prototype%). */
    public Builder<T> prototypeInherits(dev.islet.realm.Intrinsic intrinsic) {
      this.parentPrototype = intrinsic;
      return this;
    }

    /** The constructor steps; without them, the interface cannot be constructed from JS. */
    public Builder<T> constructor(int length, Constructor steps) {
      this.constructorLength = length;
      this.constructor = steps;
      return this;
    }

    /** A regular operation on the prototype. */
    public Builder<T> method(String name, int length, Method<T> m) {
      String member = this.name + ".prototype." + name;
      return rawMethod(name, length, (r, t, a, nt) -> m.call(r, cast(r, t, member), a));
    }

    /** An operation keyed by a well-known symbol (e.g. {@code Symbol.asyncIterator}). */
    public Builder<T> method(Symbol key, int length, Method<T> m) {
      String member = this.name + ".prototype[" + key.description() + "]";
      prototypeMembers.add(new Member(key, length, (r, t, a, nt) -> m.call(r, cast(r, t, member), a), null, null, Member.METHOD));
      return this;
    }

    /** An operation that does its own receiver check (or needs none). */
    public Builder<T> rawMethod(String name, int length, NativeCode code) {
      prototypeMembers.add(new Member(name, length, code, null, null, Member.METHOD));
      return this;
    }

    /** A read-only attribute. */
    public Builder<T> getter(String name, Getter<T> g) {
      String member = "get " + this.name + ".prototype." + name;
      prototypeMembers.add(new Member(name, 0, (r, t, a, nt) -> g.get(r, cast(r, t, member)), null, null, Member.GETTER));
      return this;
    }

    /** A read-only attribute whose getter does its own receiver check (promise-typed attributes). */
    public Builder<T> rawGetter(String name, NativeCode code) {
      prototypeMembers.add(new Member(name, 0, code, null, null, Member.GETTER));
      return this;
    }

    /** A read-write attribute. */
    public Builder<T> accessor(String name, Getter<T> g, Setter<T> s) {
      String getMember = "get " + this.name + ".prototype." + name;
      String setMember = "set " + this.name + ".prototype." + name;
      NativeCode setter = (r, t, a, nt) -> {
        s.set(r, cast(r, t, setMember), a.length > 0 ? a[0] : Undefined.INSTANCE);
        return Undefined.INSTANCE;
      };
      prototypeMembers.add(new Member(name, 0, (r, t, a, nt) -> g.get(r, cast(r, t, getMember)), setter, null, Member.ACCESSOR));
      return this;
    }

    /** A constant: on the constructor and the prototype, read-only, enumerable. */
    public Builder<T> constant(String name, Object value) {
      Member m = new Member(name, 0, null, null, value, Member.CONSTANT);
      prototypeMembers.add(m);
      staticMembers.add(m);
      return this;
    }

    /** A static operation on the constructor. */
    public Builder<T> staticMethod(String name, int length, NativeCode code) {
      staticMembers.add(new Member(name, length, code, null, null, Member.METHOD));
      return this;
    }

    /** A static read-only attribute on the constructor. */
    public Builder<T> staticGetter(String name, NativeCode code) {
      staticMembers.add(new Member(name, 0, code, null, null, Member.GETTER));
      return this;
    }

    /** A plain data property on the prototype with explicit attributes. */
    public Builder<T> prototypeValue(Object key, Object value, int attributes) {
      prototypeMembers.add(new Member(key, attributes, null, null, value, Member.VALUE));
      return this;
    }

    /** A value pair iterator ({@code iterable<K, V>}): entries, keys, values, forEach and @@iterator. */
    public Builder<T> pairIterable(PairIterable<T> source) {
      this.iterable = source;
      return this;
    }

    /** The prototype's {@code Symbol.toStringTag} when it differs from the name. */
    public Builder<T> toStringTag(String tag) {
      this.toStringTag = tag;
      return this;
    }

    private T cast(Realm realm, Object value, String member) {
      if (type.isInstance(value)) {
        return type.cast(value);
      }
      throw HostErrors.typeError(realm, "Illegal invocation: " + member + " called on an object that is not a " + name);
    }

    public HostClass<T> build() {
      return new HostClass<>(this);
    }
  }
}
