package dev.islet.spectests.wpt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.spectests.report.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WptRunnerTest {
  @TempDir
  Path root;

  private void write(String path, String text) throws Exception {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void harness() throws Exception {
    Path real = Path.of("../../shared/wpt/resources/testharness.js");
    if (!Files.exists(real)) {
      real = Path.of("../shared/wpt/resources/testharness.js");
    }
    write("resources/testharness.js", Files.readString(real));
  }

  @Test
  void readsMetaLines() throws Exception {
    write("a/b/t.any.js", "// META: global=window,worker\n// META: script=/common/x.js\n// META: script=../y.js\n// META: timeout=long\ntest(() => {});\n// META: script=late.js\n");
    WptTestFile f = WptTestFile.read(root, "a/b/t.any.js");
    assertThat(f.scripts()).containsExactly("/common/x.js", "../y.js");
    assertThat(f.globals()).containsExactly("window", "worker");
    assertThat(f.longTimeout()).isTrue();
    assertThat(f.resolveScript("/common/x.js")).isEqualTo("common/x.js");
    assertThat(f.resolveScript("../y.js")).isEqualTo("a/y.js");
    assertThat(f.runsInWorker()).isTrue();
    assertThat(f.folder()).isEqualTo("a/b");
    write("w.any.js", "// META: global=window\n");
    assertThat(WptTestFile.read(root, "w.any.js").runsInWorker()).isFalse();
  }

  @Test
  void keysAreOneLineAndFoldersAreTheTestFilesFolders() {
    assertThat(WptRunner.escape(" a\nb\\ ")).isEqualTo("\\u0020a\\u000ab\\\\\\u0020");
    assertThat(WptRunner.folderOf("fetch/api/headers/h.any.js :: x/y :: z")).isEqualTo("fetch/api/headers");
  }

  @Test
  void runsSubtestsWithTimersFetchAndIncludes() throws Exception {
    harness();
    write("common/helper.js", "function helper() { return 42; }\n");
    write("x/data.json", "{\"v\": 7}");
    write("x/t.any.js", String.join("\n",
        "// META: script=/common/helper.js",
        "test(() => assert_equals(helper(), 42), 'include');",
        "test(() => assert_true(false, 'nope'), 'failing');",
        "async_test(t => { setTimeout(t.step_func_done(() => {}), 5000); }, 'timer');",
        "promise_test(async () => { const r = await fetch('data.json'); assert_equals((await r.json()).v, 7); }, 'fetch');",
        "promise_test(() => new Promise(() => {}), 'never settles');"));
    List<TestResult> results = new WptRunner(root, 1, 60).run(WptRunner.discover(root, List.of()));
    assertThat(results).extracting(r -> r.path() + " " + r.status()).containsExactlyInAnyOrder(
        "x/t.any.js :: include PASSED",
        "x/t.any.js :: failing FAILED",
        "x/t.any.js :: timer PASSED",
        "x/t.any.js :: fetch PASSED",
        "x/t.any.js :: never settles FAILED");
  }

  @Test
  void aCrashingFileFailsAsAWhole() throws Exception {
    harness();
    write("y/loop.any.js", "test(() => {}, 'ok'); while (true) {}\n");
    List<TestResult> results = new WptRunner(root, 1, 3).run(List.of("y/loop.any.js"));
    assertThat(results).isNotEmpty().allMatch(r -> r.status() == TestResult.Status.FAILED);
  }
}
