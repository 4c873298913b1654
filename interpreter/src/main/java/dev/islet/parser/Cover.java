package dev.islet.parser;

/**
 * Errors that an object or array literal defers until it is known whether it is an expression or
 * a destructuring pattern (the cover grammars of https://tc39.es/ecma262/#sec-destructuring-assignment):
 * {@code {a = 1}} is only valid as a pattern, a duplicate {@code __proto__} only as an expression.
 */
final class Cover {
  /** Offset of the first CoverInitializedName, or -1. */
  int shorthandAssign = -1;
  /** Offset of a duplicate {@code __proto__} property, or -1. */
  int doubleProto = -1;

  boolean isEmpty() {
    return shorthandAssign < 0 && doubleProto < 0;
  }

  /** Moves this cover's errors into {@code outer} (keeping the outer's first ones). */
  void mergeInto(Cover outer) {
    if (outer.shorthandAssign < 0) {
      outer.shorthandAssign = shorthandAssign;
    }
    if (outer.doubleProto < 0) {
      outer.doubleProto = doubleProto;
    }
  }

  void clear() {
    shorthandAssign = -1;
    doubleProto = -1;
  }
}
