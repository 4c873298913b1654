package dev.islet.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared test262 corpus and reads the parse-relevant parts of a test's frontmatter. */
final class Test262Corpus {
  private Test262Corpus() {}

  /** The test262 root (walking up from the working directory to a {@code shared/test262} sibling), or null. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/test262");
      if (Files.isDirectory(candidate.resolve("test"))) {
        return candidate;
      }
      Path sibling = dir.resolveSibling("shared").resolve("test262");
      if (Files.isDirectory(sibling.resolve("test"))) {
        return sibling;
      }
      dir = dir.getParent();
    }
    return null;
  }

  /** The shared folder (holding bench/ and test262/), or null. */
  static Path shared() {
    Path r = root();
    return r == null ? null : r.getParent();
  }

  /** All test files under the given folders of test/, sorted, without fixtures. */
  static List<Path> tests(Path root, String... dirs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String d : dirs) {
      try (Stream<Path> s = Files.walk(root.resolve("test").resolve(d))) {
        s.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().contains("_FIXTURE")).forEach(out::add);
      }
    }
    out.sort(null);
    return out;
  }

  private static java.util.Set<String> proposals;

  /**
   * Features of stage-3 proposals (the part of features.txt before "Standard language features")
   * and Intl: tests that use them are counted apart, as the conformance runner does.
   */
  static synchronized java.util.Set<String> proposalFeatures(Path root) throws IOException {
    if (proposals == null) {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String line : Files.readAllLines(root.resolve("features.txt"))) {
        if (line.startsWith("## Standard language features")) {
          break;
        }
        String f = line.replaceAll("#.*", "").trim();
        if (!f.isEmpty()) {
          out.add(f);
        }
      }
      proposals = out;
    }
    return proposals;
  }

  /** The test uses a proposal or Intl feature. */
  static boolean isProposal(Path root, TestFile t) throws IOException {
    java.util.Set<String> p = proposalFeatures(root);
    for (String f : t.features()) {
      if (p.contains(f) || f.startsWith("Intl")) {
        return true;
      }
    }
    return t.path().toString().contains("/intl402/");
  }

  /** A test file with its metadata. */
  record TestFile(Path path, String source, List<String> flags, boolean negativeParse, List<String> features) {
    boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  static TestFile read(Path p) throws IOException {
    String src = Files.readString(p, StandardCharsets.UTF_8);
    int a = src.indexOf("/*---");
    int b = a < 0 ? -1 : src.indexOf("---*/", a);
    String meta = a < 0 || b < 0 ? "" : src.substring(a + 5, b);
    List<String> flags = listField(meta, "flags");
    List<String> features = listField(meta, "features");
    boolean negParse = false;
    int n = meta.indexOf("negative:");
    if (n >= 0) {
      int phase = meta.indexOf("phase:", n);
      if (phase >= 0) {
        int eol = meta.indexOf('\n', phase);
        negParse = meta.substring(phase + 6, eol < 0 ? meta.length() : eol).trim().equals("parse");
      }
    }
    return new TestFile(p, src, flags, negParse, features);
  }

  private static List<String> listField(String meta, String name) {
    List<String> out = new ArrayList<>();
    int i = meta.indexOf("\n" + name + ":");
    if (i < 0) {
      return out;
    }
    int open = meta.indexOf('[', i);
    int eol = meta.indexOf('\n', i + 1);
    if (open >= 0 && (eol < 0 || open < eol)) {
      int close = meta.indexOf(']', open);
      for (String s : meta.substring(open + 1, close).split(",")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
    } else {
      // YAML block list
      int j = eol;
      while (j >= 0 && j + 1 < meta.length()) {
        int next = meta.indexOf('\n', j + 1);
        String line = meta.substring(j + 1, next < 0 ? meta.length() : next).trim();
        if (!line.startsWith("- ")) {
          break;
        }
        out.add(line.substring(2).trim());
        j = next;
      }
    }
    return out;
  }
}
