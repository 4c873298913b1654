package dev.islet.spectests.test262.engine;

import dev.islet.modules.ModuleHost;
import dev.islet.spectests.test262.TestCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a test's modules come from (INTERPRETING.md, "Modules"): relative specifiers resolve against the
 * importing file, within the test262 tree. Modules are named by their path from the test262 root
 * ({@code test/language/module-code/x_FIXTURE.js}), like tests, so a test that imports itself gets its own
 * record back. Code that is not a file of the tree (eval code, {@code $262.evalScript}, agents) resolves
 * against the test's folder. Bare specifiers do not resolve.
 */
final class TestModules implements ModuleHost {
  private final Path root;
  private final String testPath;

  TestModules(TestCase test) {
    this.testPath = test.path();
    this.root = rootOf(test.file().toAbsolutePath().normalize(), test.path());
  }

  /** The test262 root: the test file with its relative path taken off. */
  private static Path rootOf(Path file, String path) {
    Path root = file;
    for (int i = path.split("/").length; i > 0 && root != null; i--) {
      root = root.getParent();
    }
    return root != null ? root : file.getParent();
  }

  @Override
  public String resolve(String referrer, String specifier) {
    if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
      return null;
    }
    String base = referrer != null && !referrer.isEmpty() && Files.isRegularFile(root.resolve(referrer)) ? referrer : testPath;
    Path resolved = Path.of(base).resolveSibling(specifier).normalize();
    if (resolved.startsWith("..")) {
      return null;
    }
    return resolved.toString().replace('\\', '/');
  }

  @Override
  public String source(String name) {
    Path file = root.resolve(name);
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
