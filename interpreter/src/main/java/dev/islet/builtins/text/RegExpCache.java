package dev.islet.builtins.text;

import dev.islet.regexp.CompiledRegExp;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled patterns by (pattern, flags), shared by every isolate of the process: a compiled
 * pattern is immutable, so a RegExp literal in a loop, or the same {@code new RegExp(s)} in many
 * isolates, compiles once. Bounded: past {@link #MAX_ENTRIES} the cache is simply cleared, and
 * long patterns are not kept at all, so a script cannot grow it without limit. Compiling is still
 * charged to the isolate that misses (see {@link RegExpConstructor#compile}).
 */
final class RegExpCache {
  static final int MAX_ENTRIES = 512;
  static final int MAX_PATTERN_LENGTH = 2048;

  private record Key(String pattern, String flags) {}

  private static final ConcurrentHashMap<Key, CompiledRegExp> CACHE = new ConcurrentHashMap<>();

  private RegExpCache() {}

  /** The cached compilation of (pattern, flags), or null. */
  static CompiledRegExp get(String pattern, String flags) {
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      return null;
    }
    return CACHE.get(new Key(pattern, flags));
  }

  static void put(String pattern, String flags, CompiledRegExp compiled) {
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      return;
    }
    if (CACHE.size() >= MAX_ENTRIES) {
      CACHE.clear();
    }
    CACHE.put(new Key(pattern, flags), compiled);
  }
}
