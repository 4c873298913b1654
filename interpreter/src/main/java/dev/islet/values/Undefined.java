package dev.islet.values;

/** The ECMAScript value {@code undefined}. A singleton: compare with {@code ==}. */
public final class Undefined {
  public static final Undefined INSTANCE = new Undefined();

  private Undefined() {}

  @Override
  public String toString() {
    return "undefined";
  }
}
