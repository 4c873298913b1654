package dev.islet.vm;

import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;

/**
 * The arguments object. Unmapped (strict code, non-simple parameters) it is ordinary; mapped
 * (sloppy functions with simple parameters) it is an arguments exotic object —
 * https://tc39.es/ecma262/#sec-arguments-exotic-objects — whose indices alias the parameters,
 * which the compiler places at known slots of the function's environment.
 */
public final class ArgumentsObject extends JsObject {
  /** The function environment holding the parameters; null when unmapped. */
  private final Scope env;
  /** For each argument index: the environment slot it aliases, or -1 once unmapped. */
  private final int[] map;

  private ArgumentsObject(Realm realm, Scope env, int[] map) {
    super(realm, JsObject.rootShape(realm, realm.objectPrototype()));
    this.env = env;
    this.map = map;
  }

  /** CreateMappedArgumentsObject / CreateUnmappedArgumentsObject for frame {@code f}. */
  static ArgumentsObject create(Realm realm, Frame f, int[] paramSlots) {
    Object[] args = f.args == null ? JsObject.NO_ARGS : f.args;
    int n = args.length;
    int[] map = null;
    if (paramSlots != null) {
      map = new int[Math.min(n, paramSlots.length)];
      for (int i = 0; i < map.length; i++) {
        map[i] = paramSlots[i];
      }
    }
    ArgumentsObject a = new ArgumentsObject(realm, paramSlots == null ? null : f.scope, map);
    for (int i = 0; i < n; i++) {
      a.defineDirect(realm, PropertyKey.ofIndex(i), args[i], Attributes.DEFAULT);
    }
    a.defineDirect(realm, "length", n, Attributes.HIDDEN);
    a.defineDirect(realm, Symbol.ITERATOR, realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE_VALUES), Attributes.HIDDEN);
    if (paramSlots != null) {
      a.defineDirect(realm, "callee", f.function, Attributes.HIDDEN);
    } else {
      JsObject thrower = realm.intrinsic(Intrinsic.THROW_TYPE_ERROR);
      a.defineAccessorDirect(realm, "callee", thrower, thrower, 0);
    }
    return a;
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(env);
  }

  @Override
  public String builtinTag() {
    return "Arguments";
  }

  @Override
  protected boolean hasExoticElements() {
    return map != null;
  }

  private int mapped(Object key) {
    if (map == null || !(key instanceof Integer i) || i < 0 || i >= map.length) {
      return -1;
    }
    return map[i];
  }

  private void unmap(Object key) {
    map[(Integer) key] = -1;
  }

  @Override
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    PropertyDescriptor d = super.getOwnProperty(realm, key);
    int slot = mapped(key);
    if (d != null && slot >= 0) {
      d.setValue(env.slots[slot]);
    }
    return d;
  }

  @Override
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    int slot = mapped(key);
    if (slot >= 0) {
      return env.slots[slot];
    }
    return super.getOwnForGet(realm, key, receiver);
  }

  @Override
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    int slot = mapped(key);
    if (slot >= 0 && receiver == this) {
      env.slots[slot] = value;
      return super.setOwnStep(realm, key, value, receiver);
    }
    return super.setOwnStep(realm, key, value, receiver);
  }

  /** [[DefineOwnProperty]] — https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc */
  @Override
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    int slot = mapped(key);
    if (slot < 0) {
      return super.defineOwnProperty(realm, key, desc);
    }
    PropertyDescriptor newArgDesc = desc;
    if (desc.isDataDescriptor() && !desc.hasValue() && desc.hasWritable() && !desc.writable()) {
      newArgDesc = new PropertyDescriptor().setValue(env.slots[slot]).setWritable(false);
      if (desc.hasEnumerable()) {
        newArgDesc.setEnumerable(desc.enumerable());
      }
      if (desc.hasConfigurable()) {
        newArgDesc.setConfigurable(desc.configurable());
      }
    }
    if (!super.defineOwnProperty(realm, key, newArgDesc)) {
      return false;
    }
    if (desc.isAccessorDescriptor()) {
      unmap(key);
    } else {
      if (desc.hasValue()) {
        env.slots[slot] = desc.value();
      }
      if (desc.hasWritable() && !desc.writable()) {
        unmap(key);
      }
    }
    return true;
  }

  @Override
  public boolean delete(Realm realm, Object key) {
    int slot = mapped(key);
    boolean ok = super.delete(realm, key);
    if (ok && slot >= 0) {
      unmap(key);
    }
    return ok;
  }

  @Override
  public boolean isOrdinaryForNamedKeys() {
    return true;
  }
}
