package dev.islet.spectests.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the test files under the PATHs of a run, in a stable order. */
public final class Discovery {
  /** The PATHs a run covers when none are given. */
  public static final List<String> DEFAULT_PATHS = List.of("test/language", "test/built-ins", "test/annexB");

  private Discovery() {}

  /**
   * Every test file under {@code paths} (files or folders relative to {@code root}), as sorted
   * {@code /}-separated paths relative to the root, each once. A test is a {@code .js} file whose
   * name does not contain {@code _FIXTURE} (INTERPRETING.md, "Modules").
   *
   * @throws NoSuchFileException when a PATH does not exist
   */
  public static List<String> find(Path root, List<String> paths) throws IOException {
    TreeSet<String> found = new TreeSet<>();
    for (String p : paths) {
      Path start = root.resolve(p).normalize();
      if (!Files.exists(start)) {
        throw new NoSuchFileException(start.toString(), null, "no such test file or folder");
      }
      if (Files.isRegularFile(start)) {
        found.add(relative(root, start)); // an explicit file runs even if its name is unusual
        continue;
      }
      try (Stream<Path> walk = Files.walk(start)) {
        walk.filter(Files::isRegularFile)
            .filter(Discovery::isTest)
            .forEach(f -> found.add(relative(root, f)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new ArrayList<>(found);
  }

  static boolean isTest(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".js") && !name.contains("_FIXTURE");
  }

  private static String relative(Path root, Path file) {
    return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
        .toString().replace('\\', '/');
  }
}
