package dev.islet.parser;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * The private names of one class body (https://tc39.es/ecma262/#sec-class-definitions-static-semantics-early-errors):
 * duplicates are errors except one getter plus one setter of the same placement, and every
 * {@code #name} used must be declared by this or an enclosing class (checked when the outermost
 * class ends, since a name may be used before its declaration).
 */
final class ClassScope {
  static final int FIELD = 1;
  static final int METHOD = 2;
  static final int GETTER = 4;
  static final int SETTER = 8;
  static final int STATIC = 16;

  final ClassScope parent;
  private final HashMap<String, Integer> declared = new HashMap<>();
  /** Names used but not (yet) declared, with the offset of their first use. */
  final ArrayList<String> unresolvedNames = new ArrayList<>();
  final ArrayList<Integer> unresolvedOffsets = new ArrayList<>();

  ClassScope(ClassScope parent) {
    this.parent = parent;
  }

  /** Declares a private name; returns an error message or null. */
  String declare(String name, int kind) {
    Integer prev = declared.get(name);
    if (prev == null) {
      declared.put(name, kind);
      return null;
    }
    int p = prev;
    boolean sameStatic = (p & STATIC) == (kind & STATIC);
    if (sameStatic && ((p & ~STATIC) == GETTER && (kind & ~STATIC) == SETTER
        || (p & ~STATIC) == SETTER && (kind & ~STATIC) == GETTER)) {
      declared.put(name, p | kind);
      return null;
    }
    return "Identifier '#" + name + "' has already been declared";
  }

  void use(String name, int offset) {
    unresolvedNames.add(name);
    unresolvedOffsets.add(offset);
  }

  boolean declares(String name) {
    return declared.containsKey(name);
  }
}
