package dev.islet.api;

import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.parser.Parser;
import dev.islet.source.Source;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled scripts shared by every isolate of the process, keyed by the script's name and text: a
 * host that runs the same code in many isolates parses and compiles it once. {@link Code} and its
 * templates are immutable (per-isolate state such as inline caches and template objects lives in
 * {@code dev.islet.vm.FunctionInstance}), so sharing them shares nothing mutable. Least recently
 * used scripts leave first once the cache holds {@value #MAX_ENTRIES} scripts or
 * {@value #MAX_CHARS} characters of source; scripts with a SyntaxError are not kept.
 *
 * <p>A script is kept from its second compilation on: one-off scripts (a setup line with an id in
 * it, each a little different) would otherwise push the shared ones out and hold memory for
 * nothing. Until then only a hash of it is remembered.
 */
final class ScriptCache {
  static final int MAX_ENTRIES = 256;
  static final long MAX_CHARS = 4L << 20;
  private static final int MAX_SEEN = 4096;

  private static final LinkedHashMap<Source, Code> CACHE = new LinkedHashMap<>(64, 0.75f, true);
  /** Hashes of scripts compiled once and not kept (yet). */
  private static final LinkedHashMap<Long, Boolean> SEEN = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
      return size() > MAX_SEEN;
    }
  };
  private static long chars;

  private ScriptCache() {}

  /** The compiled script for {@code source}, compiling it on a miss; throws SyntaxErrorException as the parser does. */
  static Code compile(Source source) {
    synchronized (CACHE) {
      Code hit = CACHE.get(source);
      if (hit != null) {
        return hit;
      }
    }
    // Compile outside the lock: two isolates racing on the same new script both compile, one result is kept.
    Code code = Compiler.compileScript(Parser.parseScript(source), source);
    int size = source.text().length();
    if (size <= MAX_CHARS / 4) {
      long hash = (long) source.name().hashCode() << 32 | (source.text().hashCode() & 0xFFFF_FFFFL);
      synchronized (CACHE) {
        if (SEEN.put(hash, Boolean.TRUE) != null && CACHE.putIfAbsent(source, code) == null) {
          SEEN.remove(hash);
          chars += size;
          evict();
        }
      }
    }
    return code;
  }

  private static void evict() {
    var it = CACHE.entrySet().iterator();
    while ((CACHE.size() > MAX_ENTRIES || chars > MAX_CHARS) && it.hasNext()) {
      Map.Entry<Source, Code> eldest = it.next();
      chars -= eldest.getKey().text().length();
      it.remove();
    }
  }

  /** Forgets every script (for tests). */
  static void clear() {
    synchronized (CACHE) {
      CACHE.clear();
      SEEN.clear();
      chars = 0;
    }
  }
}
