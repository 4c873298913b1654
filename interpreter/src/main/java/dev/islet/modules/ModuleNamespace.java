package dev.islet.modules;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.SameValue;
import dev.islet.vm.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * A module namespace exotic object — https://tc39.es/ecma262/#sec-module-namespace-exotic-objects:
 * the module's exports as live, non-configurable, writable-looking but read-only properties, in code
 * unit order, plus {@code @@toStringTag} "Module". Not extensible, null prototype.
 */
public final class ModuleNamespace extends JsObject {
  private final ModuleRecord module;
  /** [[Exports]]: the export names, sorted by code units. */
  private final List<String> exports;

  ModuleNamespace(Realm realm, ModuleRecord module, List<String> exports) {
    super(realm, Shape.dictionary(null));
    this.module = module;
    this.exports = exports;
    defineDirect(realm, Symbol.TO_STRING_TAG, "Module", Attributes.FROZEN);
    preventExtensions(realm);
  }

  @Override
  public String className() {
    return "Module";
  }

  @Override
  public boolean isOrdinaryForNamedKeys() {
    return false;
  }

  @Override
  protected boolean hasExoticElements() {
    return true;
  }

  private static String name(Object key) {
    return key instanceof Symbol ? null : PropertyKey.toValue(key).toString();
  }

  /** The value of export {@code n} (a ReferenceError while its binding is uninitialized). */
  private Object value(Realm realm, String n) {
    ModuleRecord.ResolvedBinding b = module.resolveExport(n, new ArrayList<>());
    ModuleRecord target = b.module();
    if (b.bindingName().equals(ModuleRecord.NAMESPACE)) {
      return Modules.namespaceOf(target);
    }
    Scope env = target.environment();
    if (env == null) {
      throw Errors.referenceError(realm, Msg.TDZ, n);
    }
    Object v = env.slots[env.info.indexOf(b.bindingName())];
    if (v instanceof ImportCell c) {
      v = c.value();
    }
    if (v == Scope.TDZ) {
      throw Errors.referenceError(realm, Msg.TDZ, n);
    }
    return v;
  }

  @Override
  public JsObject getPrototypeOf(Realm realm) {
    return null;
  }

  @Override
  public boolean setPrototypeOf(Realm realm, JsObject v) {
    return v == null;
  }

  @Override
  public boolean isExtensible(Realm realm) {
    return false;
  }

  @Override
  public boolean preventExtensions(Realm realm) {
    super.preventExtensions(realm);
    return true;
  }

  @Override
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    String n = name(key);
    if (n == null) {
      return super.getOwnProperty(realm, key);
    }
    if (!exports.contains(n)) {
      return null;
    }
    return PropertyDescriptor.data(value(realm, n), Attributes.WRITABLE | Attributes.ENUMERABLE);
  }

  @Override
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    if (key instanceof Symbol) {
      return super.defineOwnProperty(realm, key, desc);
    }
    PropertyDescriptor current = getOwnProperty(realm, key);
    if (current == null) {
      return false;
    }
    if (desc.hasConfigurable() && desc.configurable() || desc.hasEnumerable() && !desc.enumerable()
        || desc.isAccessorDescriptor() || desc.hasWritable() && !desc.writable()) {
      return false;
    }
    return !desc.hasValue() || SameValue.sameValue(desc.value(), current.value());
  }

  @Override
  protected int hasOwnForHas(Realm realm, Object key) {
    String n = name(key);
    if (n == null) {
      return super.hasOwnForHas(realm, key);
    }
    return exports.contains(n) ? 1 : -1;
  }

  @Override
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    String n = name(key);
    if (n == null) {
      Object v = super.getOwnForGet(realm, key, receiver);
      return v == NOT_FOUND ? dev.islet.values.Undefined.INSTANCE : v;
    }
    return exports.contains(n) ? value(realm, n) : dev.islet.values.Undefined.INSTANCE;
  }

  @Override
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    return SET_FALSE;
  }

  @Override
  public boolean delete(Realm realm, Object key) {
    String n = name(key);
    if (n == null) {
      return super.delete(realm, key);
    }
    return !exports.contains(n);
  }

  @Override
  public List<Object> ownPropertyKeys(Realm realm) {
    List<Object> keys = new ArrayList<>();
    for (String e : exports) {
      keys.add(PropertyKey.ofString(e));
    }
    keys.add(Symbol.TO_STRING_TAG);
    return keys;
  }
}
