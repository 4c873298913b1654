package dev.islet.spectests.wpt;

import dev.islet.spectests.report.Failure;
import dev.islet.spectests.report.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Finds WPT test files, runs them in parallel and turns their subtests into {@link TestResult}s keyed
 * {@code FILE :: SUBTEST NAME} (names escaped to one line), so the test262 runner's summary, JSON and
 * baseline classes serve both runners.
 */
final class WptRunner {
  static final String SEPARATOR = " :: ";
  private static final String[] STATUS = {"PASS", "FAIL", "TIMEOUT", "NOTRUN", "PRECONDITION_FAILED"};

  private final Path root;
  private final int threads;
  private final int timeoutSeconds;

  WptRunner(Path root, int threads, int timeoutSeconds) {
    this.root = root;
    this.threads = threads;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** The test files under {@code paths} (all when empty): {@code *.any.js} outside resources folders, and {@code url/*.window.js}. */
  static List<String> discover(Path root, List<String> paths) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> starts = paths.isEmpty() ? List.of("") : paths;
    for (String start : starts) {
      Path p = root.resolve(start);
      if (!Files.exists(p)) {
        throw new IOException("no such file or folder under the WPT root: " + start);
      }
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile).forEach(f -> {
          String rel = root.relativize(f).toString().replace('\\', '/');
          boolean any = rel.endsWith(".any.js");
          boolean window = rel.startsWith("url/") && rel.endsWith(".window.js");
          if ((any || window) && !rel.contains("/resources/") && !rel.startsWith("resources/") && !out.contains(rel)) {
            out.add(rel);
          }
        });
      }
    }
    out.sort(null);
    return out;
  }

  /** The folder a result is tallied under: the folder of its test file. */
  static String folderOf(String key) {
    int sep = key.indexOf(SEPARATOR);
    String file = sep < 0 ? key : key.substring(0, sep);
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "." : file.substring(0, slash);
  }

  List<TestResult> run(List<String> files) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "wpt-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<TestResult>>> futures = new ArrayList<>();
      for (String f : files) {
        futures.add(pool.submit(() -> runFile(f)));
      }
      List<TestResult> results = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        try {
          results.addAll(futures.get(i).get(timeoutSeconds + 30L, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
          futures.get(i).cancel(true);
          results.add(TestResult.failed(files.get(i) + SEPARATOR + "(file)",
              List.of(new Failure(files.get(i), "worker", "TIMEOUT: the test host did not return"))));
        } catch (java.util.concurrent.ExecutionException e) {
          results.add(TestResult.failed(files.get(i) + SEPARATOR + "(file)",
              List.of(new Failure(files.get(i), "worker", "CRASH: " + e.getCause()))));
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<TestResult> runFile(String path) throws IOException {
    WptTestFile file = WptTestFile.read(root, path);
    if (!file.runsInWorker()) {
      return List.of(TestResult.skipped(path + SEPARATOR + "(file)", "window-only tests (global=" + String.join(",", file.globals()) + ")"));
    }
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    WptExecutor.FileResult r = new WptExecutor(root, timeoutSeconds * 1000L).run(file, deadline);
    return toResults(path, r);
  }

  static List<TestResult> toResults(String path, WptExecutor.FileResult r) {
    List<TestResult> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (WptExecutor.Subtest s : r.subtests()) {
      String name = escape(s.name());
      int n = seen.merge(name, 1, Integer::sum);
      String key = path + SEPARATOR + (n == 1 ? name : name + " #" + n);
      if (s.status() == 0 && !r.broken()) {
        out.add(TestResult.passed(key));
      } else {
        String status = s.status() >= 0 && s.status() < STATUS.length ? STATUS[s.status()] : "status " + s.status();
        String message = r.broken() && s.status() == 0 ? "the file did not finish: " + r.error() : status + ": " + s.message();
        out.add(TestResult.failed(key, List.of(new Failure(path, s.name(), message))));
      }
    }
    if (r.error() != null && (r.broken() || out.isEmpty() || r.error().startsWith("harness error"))) {
      out.add(TestResult.failed(path + SEPARATOR + "(file)", List.of(new Failure(path, "(file)", r.error()))));
    }
    return out;
  }

  /** One line per key: backslash escapes for controls, and leading or trailing spaces (a baseline line is stripped). */
  static String escape(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean edgeSpace = c == ' ' && (i == 0 || i == name.length() - 1);
      if (c == '\\') {
        b.append("\\\\");
      } else if (c < 0x20 || c == 0x7F || edgeSpace || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
