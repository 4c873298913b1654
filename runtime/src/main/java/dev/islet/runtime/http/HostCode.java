package dev.islet.runtime.http;

import dev.islet.runtime.loader.ModuleSource;
import dev.islet.runtime.loader.WorkerCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The code of the host worker {@code islet serve} runs: the host file is the main module, and every file
 * in its folder and below is a module named by its path from that folder (so {@code ./lib/x.js},
 * {@code ./worker.txt} and {@code ./data.json} import as workerd would resolve them). {@code .js} and
 * {@code .mjs} are ES modules, {@code .cjs} CommonJS, {@code .json} JSON, {@code .txt}, {@code .html},
 * {@code .css}, {@code .md} and {@code .svg} text, {@code .bin} data; other files, dot-folders and
 * {@code node_modules} are left out. The folder may hold at most {@link #MAX_FILES} modules.
 */
public final class HostCode {
  static final int MAX_FILES = 1_000;
  static final int MAX_DEPTH = 8;
  /** The compatibility date of host workers: the newest the runtime knows. */
  static final String COMPATIBILITY_DATE = "2026-03-01";

  private HostCode() {}

  /**
   * Reads {@code hostFile}'s folder into a builder whose main module is {@code hostFile} (env, outbound
   * and limits are the caller's to add).
   *
   * @throws IOException when a file cannot be read, or the host file is not in the module map
   */
  public static WorkerCode.Builder read(Path hostFile) throws IOException {
    Path file = hostFile.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + hostFile);
    }
    Path root = file.getParent();
    String main = name(root, file);
    if (kind(main) == null || kind(main).equals("cjs")) {
      throw new IOException(hostFile + ": the host worker must be an ES module (.js or .mjs)");
    }
    WorkerCode.Builder b = WorkerCode.builder().compatibilityDate(COMPATIBILITY_DATE).mainModule(main);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
      walk.filter(p -> Files.isRegularFile(p) && !skipped(root, p) && kind(name(root, p)) != null).forEach(files::add);
    }
    if (files.size() > MAX_FILES) {
      throw new IOException(root + " holds " + files.size() + " module files; islet serve takes at most " + MAX_FILES
          + " (put the host in a folder of its own)");
    }
    for (Path p : files) {
      String name = name(root, p);
      b.module(name, source(kind(name), p));
    }
    return b;
  }

  private static boolean skipped(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      String s = part.toString();
      if (s.startsWith(".") || s.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private static String name(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** The module kind of a file name, or null when it is not a module. */
  static String kind(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "js", "mjs" -> "js";
      case "cjs" -> "cjs";
      case "json" -> "json";
      case "txt", "html", "css", "md", "svg" -> "text";
      case "bin" -> "data";
      default -> null;
    };
  }

  private static ModuleSource source(String kind, Path p) throws IOException {
    if (kind.equals("data")) {
      return ModuleSource.data(Files.readAllBytes(p));
    }
    String text = Files.readString(p, StandardCharsets.UTF_8);
    return switch (kind) {
      case "js" -> ModuleSource.js(text);
      case "cjs" -> ModuleSource.cjs(text);
      case "json" -> ModuleSource.json(text);
      default -> ModuleSource.text(text);
    };
  }
}
