package dev.islet.spectests.wpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One WPT test file and its {@code // META:} lines (https://web-platform-tests.org/writing-tests/testharness.html#multi-global-tests):
 * the scripts to load first, the globals it runs in, and whether its timeout is long.
 *
 * @param path     relative to the WPT root, with '/' separators
 * @param source   the file's text
 * @param scripts  {@code script=} values in order, as written
 * @param globals  {@code global=} values (empty: the default, window and dedicated worker)
 * @param longTimeout {@code timeout=long}
 */
record WptTestFile(String path, String source, List<String> scripts, List<String> globals, boolean longTimeout) {
  static WptTestFile read(Path root, String path) throws IOException {
    String source = Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    List<String> scripts = new ArrayList<>();
    List<String> globals = new ArrayList<>();
    boolean longTimeout = false;
    for (String line : source.split("\n", -1)) {
      String t = line.strip();
      if (!t.startsWith("//")) {
        if (t.isEmpty()) {
          continue;
        }
        break; // META lines come first
      }
      t = t.substring(2).strip();
      if (!t.startsWith("META:")) {
        continue;
      }
      t = t.substring(5).strip();
      int eq = t.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = t.substring(0, eq).strip();
      String value = t.substring(eq + 1).strip();
      switch (key) {
        case "script" -> scripts.add(value);
        case "global" -> {
          for (String g : value.split(",")) {
            globals.add(g.strip());
          }
        }
        case "timeout" -> longTimeout = value.equals("long");
        default -> { }
      }
    }
    return new WptTestFile(path, source, List.copyOf(scripts), List.copyOf(globals), longTimeout);
  }

  /**
   * Whether the file runs in a worker-like global: islet's global scope is a worker's. A file whose
   * {@code global=} names only window-like scopes is skipped. The two {@code url/*.window.js} files
   * run anyway (they exercise only URL; see the WPT folder's README).
   */
  boolean runsInWorker() {
    if (path.endsWith(".window.js") || globals.isEmpty()) {
      return true;
    }
    for (String g : globals) {
      if (g.equals("worker") || g.equals("dedicatedworker") || g.equals("jsshell") || g.equals("shadowrealm")
          || g.equals("serviceworker") || g.equals("sharedworker")) {
        return true;
      }
    }
    return false;
  }

  /** The path of an included script, from the WPT root: "/x" is from the root, anything else relative to this file. */
  String resolveScript(String script) {
    if (script.startsWith("/")) {
      return script.substring(1);
    }
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash + 1);
    return Path.of(dir + script).normalize().toString().replace('\\', '/');
  }

  /** The folder that holds the file, relative to the root ("fetch/api/headers"). */
  String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : path.substring(0, slash);
  }
}
