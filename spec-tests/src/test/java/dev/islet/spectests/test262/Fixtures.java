package dev.islet.spectests.test262;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small test262-shaped trees under {@code src/test/resources}. */
final class Fixtures {
  private Fixtures() {}

  /** A tree with one test of each kind (see the files for what each one is). */
  static Path root() {
    return resource("fixture262");
  }

  /** A tree with a test on which the engine hangs and one on which it overflows its stack. */
  static Path hangRoot() {
    return resource("hang262");
  }

  private static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
