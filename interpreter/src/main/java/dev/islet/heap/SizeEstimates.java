package dev.islet.heap;

/**
 * Cheap size estimates, in bytes, of what the engine allocates for an isolate (64-bit JVM with
 * compressed references). They need to be right within a small factor, not exact: the heap limit
 * is enforced on these charges, and the live-set measurement uses the same numbers.
 */
public final class SizeEstimates {
  public static final int OBJECT = 32;
  public static final int FUNCTION = 48;
  public static final int ARRAY_HEADER = 16;
  public static final int REFERENCE = 4;
  public static final int CELL = 32;
  public static final int SCOPE = 32;
  /** A dictionary-mode property beyond its cell: the map entry and its share of the table. */
  public static final int DICTIONARY_ENTRY = 48;
  /** A boxed int outside the JVM's cache of small values. */
  public static final int BOXED_INT = 16;
  public static final int FRAME = 64;
  public static final int STRING_HEADER = 40;
  public static final int JOB = 48;

  private SizeEstimates() {}

  /** An Object[] of {@code n} references. */
  public static long refArray(long n) {
    return ARRAY_HEADER + n * REFERENCE;
  }

  /**
   * What the compiled form of {@code n} chars of source keeps alive: bytecode, constants, and the syntax
   * tree and scope analysis that functions compiled on first call still need (measured: about 40 bytes
   * a char, plus a fixed part per compilation).
   */
  public static long compiledCode(long n) {
    return 1024 + 40 * n;
  }

  /** A string of {@code n} UTF-16 units (charged as two bytes each: the worst case). */
  public static long string(long n) {
    return STRING_HEADER + 2 * n;
  }
}
