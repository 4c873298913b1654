package dev.islet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Octane 2.0 programs in {@code ../shared/bench/octane}, used as benchmark input. The folder is
 * found by walking up from the working directory until a {@code shared/bench/octane} is found (so it
 * works from the project root, from {@code bench/}, and from JMH's forked JVMs), or is given by the
 * system property {@value #DIR_PROPERTY}.
 */
public final class Octane {
  public static final String DIR_PROPERTY = "islet.octane.dir";

  private Octane() {}

  /** The Octane folder. */
  public static Path dir() {
    String given = System.getProperty(DIR_PROPERTY);
    if (given != null) {
      return requireDir(Path.of(given));
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/bench/octane");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find shared/bench/octane above " + Path.of("").toAbsolutePath()
        + "; run from the project root or set -D" + DIR_PROPERTY + "=DIR");
  }

  /** The {@code .js} files of the folder, sorted by name. */
  public static List<Path> files() {
    try (Stream<Path> list = Files.list(dir())) {
      List<Path> files = new ArrayList<>();
      list.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code .js} file of the folder, sorted by name, joined with a newline: the parse benchmark's input. */
  public static String concatenated() {
    StringBuilder all = new StringBuilder();
    for (Path f : files()) {
      all.append(read(f)).append('\n');
    }
    return all.toString();
  }

  /** One file of the folder, e.g. {@code richards.js}. */
  public static String read(String name) {
    return read(dir().resolve(name));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path requireDir(Path p) {
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException(DIR_PROPERTY + "=" + p + " is not a folder");
    }
    return p;
  }
}
