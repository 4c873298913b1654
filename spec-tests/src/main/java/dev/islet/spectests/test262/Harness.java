package dev.islet.spectests.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * test262's {@code harness/} folder: every file is read at most once per run and shared, and
 * preludes (the ordered include lists) are interned. Safe for use by many worker threads.
 */
public final class Harness {
  static final String ASSERT = "assert.js";
  static final String STA = "sta.js";
  static final String DONE_PRINT = "doneprintHandle.js";

  private final Path dir;
  private final ConcurrentHashMap<String, HarnessFile> files = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Prelude> preludes = new ConcurrentHashMap<>();

  public Harness(Path harnessDir) {
    this.dir = harnessDir;
  }

  /** The harness of a test262 root ({@code ROOT/harness}). */
  public static Harness of(Path root) {
    return new Harness(root.resolve("harness"));
  }

  /**
   * The prelude of a test: none for {@code raw}; else {@code assert.js}, {@code sta.js},
   * {@code doneprintHandle.js} when {@code async}, then the includes in order (each file once).
   *
   * @throws HarnessException when an included file does not exist or cannot be read
   */
  public Prelude preludeFor(Frontmatter meta) {
    if (meta.hasFlag("raw")) {
      return Prelude.NONE;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(ASSERT);
    names.add(STA);
    if (meta.hasFlag("async")) {
      names.add(DONE_PRINT);
    }
    names.addAll(meta.includes());
    String key = String.join(",", names);
    Prelude cached = preludes.get(key);
    if (cached != null) {
      return cached;
    }
    List<HarnessFile> list = new ArrayList<>(names.size());
    for (String name : names) {
      list.add(file(name));
    }
    Prelude fresh = new Prelude(key, list);
    Prelude raced = preludes.putIfAbsent(key, fresh);
    return raced != null ? raced : fresh;
  }

  /** One harness file by the name tests use for it (it may name a subfolder: {@code sm/foo.js}). */
  public HarnessFile file(String name) {
    HarnessFile cached = files.get(name);
    if (cached != null) {
      return cached;
    }
    if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
      throw new HarnessException("bad harness include name '" + name + "'");
    }
    HarnessFile fresh = new HarnessFile(name, read(dir.resolve(name)));
    HarnessFile raced = files.putIfAbsent(name, fresh);
    return raced != null ? raced : fresh;
  }

  /** How many distinct files have been read so far (the cache's size). */
  public int filesLoaded() {
    return files.size();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HarnessException("harness file not found: " + path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read harness file " + path, e);
    }
  }
}
