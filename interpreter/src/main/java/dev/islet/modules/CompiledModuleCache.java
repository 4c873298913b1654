package dev.islet.modules;

import dev.islet.ast.Program;
import dev.islet.bytecode.Code;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parsed and compiled modules by (name, source text), shared by every isolate of the process: the AST
 * and the code are immutable and hold no isolate state, so a worker loaded a thousand times (a host
 * that {@code load()}s per request) compiles its modules once. Bounded like the RegExp cache: sources
 * over {@link #MAX_SOURCE_LENGTH} chars are not kept, and past {@link #MAX_ENTRIES} entries or
 * {@link #MAX_TOTAL_CHARS} chars of source the cache is simply cleared, so no script can grow it
 * without limit.
 */
final class CompiledModuleCache {
  static final int MAX_ENTRIES = 256;
  static final int MAX_SOURCE_LENGTH = 1 << 20;
  static final long MAX_TOTAL_CHARS = 16L << 20;

  /** A module parsed and compiled once. */
  record Compiled(Program program, Code code, boolean hasTopLevelAwait) {}

  private record Key(String name, String source) {}

  private static final ConcurrentHashMap<Key, Compiled> CACHE = new ConcurrentHashMap<>();
  private static final AtomicLong TOTAL_CHARS = new AtomicLong();

  private CompiledModuleCache() {}

  /** The cached compilation of {@code source} named {@code name}, or null. */
  static Compiled get(String name, String source) {
    return source.length() > MAX_SOURCE_LENGTH ? null : CACHE.get(new Key(name, source));
  }

  static void put(String name, String source, Compiled compiled) {
    if (source.length() > MAX_SOURCE_LENGTH) {
      return;
    }
    if (CACHE.size() >= MAX_ENTRIES || TOTAL_CHARS.get() + source.length() > MAX_TOTAL_CHARS) {
      CACHE.clear();
      TOTAL_CHARS.set(0);
    }
    if (CACHE.putIfAbsent(new Key(name, source), compiled) == null) {
      TOTAL_CHARS.addAndGet(source.length());
    }
  }
}
