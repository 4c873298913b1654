package dev.islet.objects.shape;

/** Property attribute bits, packed in an int. */
public final class Attributes {
  public static final int WRITABLE = 1;
  public static final int ENUMERABLE = 2;
  public static final int CONFIGURABLE = 4;
  /** The property is an accessor: its value is an {@link dev.islet.objects.Accessor}. */
  public static final int ACCESSOR = 8;

  /** A data property made by assignment or an object literal. */
  public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
  /** Built-in methods: writable, configurable, not enumerable. */
  public static final int HIDDEN = WRITABLE | CONFIGURABLE;
  /** Function {@code length} and {@code name}: configurable only. */
  public static final int CONFIGURABLE_ONLY = CONFIGURABLE;
  public static final int FROZEN = 0;

  private Attributes() {}

  public static boolean isWritable(int a) {
    return (a & WRITABLE) != 0;
  }

  public static boolean isEnumerable(int a) {
    return (a & ENUMERABLE) != 0;
  }

  public static boolean isConfigurable(int a) {
    return (a & CONFIGURABLE) != 0;
  }

  public static boolean isAccessor(int a) {
    return (a & ACCESSOR) != 0;
  }
}
