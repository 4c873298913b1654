package dev.islet.runtime.modules;

import dev.islet.modules.ModuleHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Modules from the file system, for {@code islet run}: a relative specifier ({@code ./x.mjs},
 * {@code ../lib/y.js}) resolves against the importing file's folder; a module's name is its normalized
 * path, so one file is one module however it is reached. Bare specifiers (packages) do not resolve.
 * Code that is not a file (eval code) resolves against the folder of {@code main}.
 */
public final class FileModuleHost implements ModuleHost {
  private final Path main;

  /** @param main the program's entry file */
  public FileModuleHost(Path main) {
    this.main = main.normalize();
  }

  @Override
  public String resolve(String referrer, String specifier) {
    if (!specifier.startsWith("./") && !specifier.startsWith("../") && !specifier.startsWith("/")) {
      return null;
    }
    Path from = referrer != null && !referrer.isEmpty() && Files.isRegularFile(Path.of(referrer)) ? Path.of(referrer) : main;
    return from.resolveSibling(specifier).normalize().toString();
  }

  @Override
  public String source(String name) {
    Path file = Path.of(name);
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
