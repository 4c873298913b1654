package dev.islet.values;

/**
 * A string made by concatenation, flattened lazily. JavaScript strings are either a Java
 * {@link String} or a Rope; {@code s += x} in a loop is then linear, not quadratic.
 *
 * <p>Flattening is iterative (an explicit stack), so a rope a million levels deep cannot overflow the
 * Java stack. Once flat, the children are dropped so they can be collected.
 */
public final class Rope implements CharSequence {
  /** Below this total length concatenation copies eagerly: a small String is cheaper than a node. */
  public static final int MIN_ROPE_LENGTH = 64;

  private CharSequence left;
  private CharSequence right;
  private final int length;
  private String flat;

  private Rope(CharSequence left, CharSequence right, int length) {
    this.left = left;
    this.right = right;
    this.length = length;
  }

  /**
   * Concatenates two JS strings. The caller has checked (and charged) the length: it must not exceed
   * {@link JsStrings#MAX_LENGTH}.
   */
  public static CharSequence concat(CharSequence a, CharSequence b) {
    int la = a.length();
    if (la == 0) {
      return b;
    }
    int lb = b.length();
    if (lb == 0) {
      return a;
    }
    int total = la + lb;
    if (total < MIN_ROPE_LENGTH) {
      return a.toString().concat(b.toString());
    }
    return new Rope(a, b, total);
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return toString().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  /** The flat string if already flattened, else null (measuring must not flatten). */
  public String toStringIfFlat() {
    return flat;
  }

  public boolean isFlat() {
    return flat != null;
  }

  @Override
  public String toString() {
    String s = flat;
    if (s == null) {
      s = flatten();
    }
    return s;
  }

  private String flatten() {
    char[] out = new char[length];
    // Fill from the right end so the explicit stack only ever holds left children.
    int end = length;
    java.util.ArrayDeque<CharSequence> stack = new java.util.ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      CharSequence cs = stack.pop();
      if (cs instanceof Rope r) {
        if (r.flat != null) {
          String f = r.flat;
          end -= f.length();
          f.getChars(0, f.length(), out, end);
        } else {
          stack.push(r.left);
          stack.push(r.right);
        }
      } else {
        String f = cs.toString();
        end -= f.length();
        f.getChars(0, f.length(), out, end);
      }
    }
    flat = new String(out);
    left = null;
    right = null;
    return flat;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rope r && toString().equals(r.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
