package dev.islet.values;

import dev.islet.heap.Heap;
import dev.islet.heap.SizeEstimates;

/**
 * A string made by concatenation, flattened lazily. JavaScript strings are either a Java
 * {@link String} or a Rope; {@code s += x} in a loop is then linear, not quadratic.
 *
 * <p>Flattening is iterative (an explicit stack), so a rope a million levels deep cannot overflow the
 * Java stack. Once flat, the children are dropped so they can be collected.
 *
 * <p>A rope of n characters costs one node but its flat form costs 2n bytes, so the node remembers the
 * heap account of its isolate and charges the flat string before allocating it: doubling a string in a
 * loop and then reading it ends with the memory limit, not a Java OutOfMemoryError.
 */
public final class Rope implements CharSequence {
  /** Below this total length concatenation copies eagerly: a small String is cheaper than a node. */
  public static final int MIN_ROPE_LENGTH = 64;

  private CharSequence left;
  private CharSequence right;
  private final int length;
  private final Heap heap;
  private String flat;

  private Rope(Heap heap, CharSequence left, CharSequence right, int length) {
    this.heap = heap;
    this.left = left;
    this.right = right;
    this.length = length;
  }

  /**
   * Concatenates two JS strings. The caller has checked (and charged) the length: it must not exceed
   * {@link JsStrings#MAX_LENGTH}. {@code heap} is charged when the rope is flattened.
   */
  public static CharSequence concat(Heap heap, CharSequence a, CharSequence b) {
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
    return new Rope(heap, a, b, total);
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

  /** The left part while not flattened (for the live-set meter), else null. */
  public CharSequence left() {
    return left;
  }

  /** The right part while not flattened (for the live-set meter), else null. */
  public CharSequence right() {
    return right;
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
    // The char[] and the String it becomes: charged first, so a huge flattening ends the run instead
    // of the JVM. (May throw a Termination, like any allocation the engine makes for the isolate.)
    heap.charge(SizeEstimates.string(length) + 2L * length);
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
