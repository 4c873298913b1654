package dev.islet.builtins.support;

import dev.islet.objects.Accessor;
import dev.islet.objects.LazyProperties;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Intrinsic;
import dev.islet.values.Symbol;

/**
 * Lists the properties of a built-in object once per process, for objects whose properties a realm
 * creates one at a time on first use ({@link LazyProperties}). Reads like {@link BuiltinInstaller},
 * with the same default attributes: {@code BuiltinTemplate.create().method("isNaN", 1, GlobalFunctionProperties::isNaN).build()}.
 * Every value is made per realm, so a {@link NativeCode} given here must not capture a realm.
 */
public final class BuiltinTemplate {
  private final LazyProperties.Builder builder = LazyProperties.builder();

  private BuiltinTemplate() {}

  public static BuiltinTemplate create() {
    return new BuiltinTemplate();
  }

  /** A method named {@code name} with the given {@code length}: a new built-in function in each realm. */
  public BuiltinTemplate method(String name, int length, NativeCode code) {
    builder.add(name, Attributes.HIDDEN, (realm, target) -> new NativeFunction(realm, name, length, code, false));
    return this;
  }

  /** An accessor with a getter and a setter; configurable, not enumerable. */
  public BuiltinTemplate accessor(String name, NativeCode getter, NativeCode setter) {
    builder.add(name, Attributes.CONFIGURABLE | Attributes.ACCESSOR, (realm, target) -> new Accessor(
        new NativeFunction(realm, "get " + name, 0, getter, false), new NativeFunction(realm, "set " + name, 1, setter, false)));
    return this;
  }

  /** The realm's intrinsic {@code id} as a method-like property (writable, configurable, not enumerable). */
  public BuiltinTemplate intrinsic(Object key, Intrinsic id) {
    builder.add(key, Attributes.HIDDEN, (realm, target) -> realm.intrinsic(id));
    return this;
  }

  /** A value property that is neither writable, enumerable nor configurable; {@code value} is a primitive. */
  public BuiltinTemplate constant(Object key, Object value) {
    builder.add(key, Attributes.FROZEN, (realm, target) -> value);
    return this;
  }

  /** The [Symbol.toStringTag] property: configurable only. */
  public BuiltinTemplate toStringTag(String tag) {
    builder.add(Symbol.TO_STRING_TAG, Attributes.CONFIGURABLE, (realm, target) -> tag);
    return this;
  }

  /** A property whose value {@code value} makes in each realm. */
  public BuiltinTemplate value(Object key, int attrs, LazyProperties.Value value) {
    builder.add(key, attrs, value);
    return this;
  }

  public LazyProperties build() {
    return builder.build();
  }
}
