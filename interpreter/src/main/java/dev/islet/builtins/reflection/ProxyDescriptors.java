package dev.islet.builtins.reflection;

import dev.islet.objects.PropertyDescriptor;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;

/** Property-descriptor checks the Proxy invariants need. */
final class ProxyDescriptors {
  private ProxyDescriptors() {}

  /**
   * IsCompatiblePropertyDescriptor ( Extensible, Desc, Current ) —
   * https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor: the validation half of
   * ValidateAndApplyPropertyDescriptor with O undefined.
   */
  static boolean isCompatible(boolean extensible, PropertyDescriptor desc, PropertyDescriptor current) {
    // 2. If current is undefined, return extensible.
    if (current == null) {
      return extensible;
    }
    // 4. If current.[[Configurable]] is false, then
    if (!current.configurable()) {
      if (desc.hasConfigurable() && desc.configurable()) {
        return false;
      }
      if (desc.hasEnumerable() && desc.enumerable() != current.enumerable()) {
        return false;
      }
      if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != current.isAccessorDescriptor()) {
        return false;
      }
      if (current.isAccessorDescriptor()) {
        if (desc.hasGet() && !SameValue.sameValue(desc.getter(), current.getter())) {
          return false;
        }
        if (desc.hasSet() && !SameValue.sameValue(desc.setter(), current.setter())) {
          return false;
        }
      } else if (!current.writable()) {
        if (desc.hasWritable() && desc.writable()) {
          return false;
        }
        if (desc.hasValue() && !SameValue.sameValue(desc.value(), current.value())) {
          return false;
        }
      }
    }
    return true;
  }

  /** CompletePropertyDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-completepropertydescriptor */
  static void complete(PropertyDescriptor desc) {
    if (desc.isGenericDescriptor() || desc.isDataDescriptor()) {
      if (!desc.hasValue()) {
        desc.setValue(Undefined.INSTANCE);
      }
      if (!desc.hasWritable()) {
        desc.setWritable(false);
      }
    } else {
      if (!desc.hasGet()) {
        desc.setGetter(Undefined.INSTANCE);
      }
      if (!desc.hasSet()) {
        desc.setSetter(Undefined.INSTANCE);
      }
    }
    if (!desc.hasEnumerable()) {
      desc.setEnumerable(false);
    }
    if (!desc.hasConfigurable()) {
      desc.setConfigurable(false);
    }
  }
}
