package dev.islet.vm;

/**
 * A Private Name — https://tc39.es/ecma262/#sec-private-names: a fresh identity per class
 * evaluation, so {@code #x} of two evaluations of one class are different names.
 */
public final class PrivateName implements dev.islet.objects.PrivateKey {
  /** The source name without '#'. */
  public final String description;
  /** FIELD, METHOD, GETTER, SETTER or ACCESSOR (getter and setter). */
  public final int kind;
  /** For methods and accessors: the function(s) shared by every instance. */
  public Object method;
  public Object getter;
  public Object setter;
  /** For methods and accessors: the class brand an object must carry to use them. */
  public Object brand;
  /** Static elements live on the constructor; instance ones on each instance. */
  public final boolean isStatic;

  public static final int FIELD = 0;
  public static final int METHOD = 1;
  public static final int ACCESSOR = 2;

  public PrivateName(String description, int kind, boolean isStatic) {
    this.description = description;
    this.kind = kind;
    this.isStatic = isStatic;
  }

  @Override
  public String toString() {
    return "#" + description;
  }
}
