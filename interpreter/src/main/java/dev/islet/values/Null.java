package dev.islet.values;

/**
 * The ECMAScript value {@code null}. A singleton: compare with {@code ==}. Java's own {@code null}
 * is never a JavaScript value; inside the engine it means "absent" (no such property, no handler).
 */
public final class Null {
  public static final Null INSTANCE = new Null();

  private Null() {}

  @Override
  public String toString() {
    return "null";
  }
}
