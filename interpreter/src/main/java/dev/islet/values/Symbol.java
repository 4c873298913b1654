package dev.islet.values;

/**
 * An ECMAScript Symbol value. Identity is the value: two symbols are equal only if they are the same
 * Java object. Well-known symbols are JVM-wide constants: they are immutable, so sharing them across
 * isolates leaks nothing (the spec shares them across realms too). Registered symbols
 * ({@code Symbol.for}) live in a per-isolate registry, never here.
 */
public final class Symbol {
  /** The [[Description]]: a Java String, or null when the description is undefined. */
  private final String description;
  /** For well-known symbols: the spec name such as "Symbol.iterator", used for function names. */
  private final boolean wellKnown;

  public Symbol(String description) {
    this(description, false);
  }

  private Symbol(String description, boolean wellKnown) {
    this.description = description;
    this.wellKnown = wellKnown;
  }

  public String description() {
    return description;
  }

  public boolean isWellKnown() {
    return wellKnown;
  }

  /** SymbolDescriptiveString ( sym ) — https://tc39.es/ecma262/#sec-symboldescriptivestring */
  public String descriptiveString() {
    return "Symbol(" + (description == null ? "" : description) + ")";
  }

  @Override
  public String toString() {
    return descriptiveString();
  }

  public static final Symbol ASYNC_ITERATOR = new Symbol("Symbol.asyncIterator", true);
  public static final Symbol HAS_INSTANCE = new Symbol("Symbol.hasInstance", true);
  public static final Symbol IS_CONCAT_SPREADABLE = new Symbol("Symbol.isConcatSpreadable", true);
  public static final Symbol ITERATOR = new Symbol("Symbol.iterator", true);
  public static final Symbol MATCH = new Symbol("Symbol.match", true);
  public static final Symbol MATCH_ALL = new Symbol("Symbol.matchAll", true);
  public static final Symbol REPLACE = new Symbol("Symbol.replace", true);
  public static final Symbol SEARCH = new Symbol("Symbol.search", true);
  public static final Symbol SPECIES = new Symbol("Symbol.species", true);
  public static final Symbol SPLIT = new Symbol("Symbol.split", true);
  public static final Symbol TO_PRIMITIVE = new Symbol("Symbol.toPrimitive", true);
  public static final Symbol TO_STRING_TAG = new Symbol("Symbol.toStringTag", true);
  public static final Symbol UNSCOPABLES = new Symbol("Symbol.unscopables", true);
  public static final Symbol DISPOSE = new Symbol("Symbol.dispose", true);
  public static final Symbol ASYNC_DISPOSE = new Symbol("Symbol.asyncDispose", true);
}
