package dev.islet.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path script(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void consoleGoesToStdoutAndStderrAndPendingJobsRun() throws Exception {
    Path f = script("ok.js", "console.log('a', {b: [1, 'c']}); console.info('i'); console.debug('d');\n"
        + "console.warn('w'); console.error(new Error('e').message);\n"
        + "Promise.resolve(2).then(v => console.log('then', v));\nconsole.log('sync');\n");
    assertThat(run("run", f.toString())).isZero();
    assertThat(stdout()).isEqualTo("a { b: [ 1, 'c' ] }\ni\nd\nsync\nthen 2\n");
    assertThat(stderr()).isEqualTo("w\ne\n");
  }

  @Test
  void anUncaughtErrorPrintsItsNameMessageAndJsStack() throws Exception {
    Path f = script("throw.js", "function f() {\n  null.x;\n}\nf();\n");
    assertThat(run("run", f.toString())).isEqualTo(1);
    assertThat(stderr()).startsWith("Uncaught TypeError: ")
        .contains("\n    at f (" + f + ":2:")
        .endsWith("\noutcome: exception\n");
  }

  @Test
  void aThrownValueThatIsNotAnError() throws Exception {
    Path f = script("t.js", "console.log('before');\nthrow 42;\n");
    assertThat(run("run", f.toString())).isEqualTo(1);
    assertThat(stdout()).isEqualTo("before\n");
    assertThat(stderr()).isEqualTo("Uncaught 42\noutcome: exception\n");
  }

  @Test
  void aRejectionNobodyHandlesEndsTheRunLikeAnUncaughtError() throws Exception {
    Path f = script("rej.js", "Promise.reject(1).catch(() => console.log('handled'));\n"
        + "var late = Promise.reject(2);\nPromise.resolve().then(() => late.catch(() => {}));\n"
        + "Promise.reject(new TypeError('nope'));\n");
    assertThat(run("run", f.toString())).isEqualTo(1);
    assertThat(stdout()).isEqualTo("handled\n");
    assertThat(stderr()).isEqualTo("Uncaught (in promise) TypeError: nope\n    at " + f + ":4:16\noutcome: exception\n");
  }

  @Test
  void aSyntaxErrorShowsTheLineAndACaret() throws Exception {
    Path f = script("bad.js", "let x = 1;\nvar y = ;\n");
    assertThat(run("run", f.toString())).isEqualTo(1);
    assertThat(stderr()).isEqualTo(f + ":2:9: SyntaxError: Unexpected token ';'\nvar y = ;\n        ^\noutcome: exception\n");
  }

  @Test
  void aSyntaxErrorFromEvalIsAnUncaughtError() throws Exception {
    Path f = script("eval.js", "eval('var y = ;');\n");
    assertThat(run("run", f.toString())).isEqualTo(1);
    assertThat(stderr()).startsWith("Uncaught SyntaxError: ").endsWith("outcome: exception\n");
  }

  @Test
  void cpuAndMemoryLimitsEndTheRunWithTheirExitStatus() throws Exception {
    Path loop = script("loop.js", "console.log('start'); while (true) {}\n");
    assertThat(run("run", "--cpu-limit", "100", loop.toString())).isEqualTo(3);
    assertThat(stdout()).isEqualTo("start\n");
    assertThat(stderr()).endsWith("\noutcome: exceededCpu\n");
    err.reset();
    Path bomb = script("bomb.js", "var a = []; while (true) a.push({x: [1, 2, 3]});\n");
    assertThat(run("run", "--memory-limit", "4m", bomb.toString())).isEqualTo(4);
    assertThat(stderr()).endsWith("\noutcome: exceededMemory\n");
  }

  @Test
  void withoutOptionsTheLimitsAre128MiBAnd30SecondsOfCpu() throws Exception {
    assertThat(dev.islet.api.IsolateOptions.defaults().cpuTimeLimitMillis()).isEqualTo(30_000);
    Path bomb = script("bomb.js", "var a = []; while (true) a.push('x'.repeat(1000));\n");
    assertThat(run("run", bomb.toString())).isEqualTo(4);
    assertThat(stderr()).contains("memory limit of " + (128L << 20) + " bytes").endsWith("\noutcome: exceededMemory\n");
  }

  @Test
  void badUsage() throws Exception {
    assertThat(run("run")).isEqualTo(2);
    assertThat(run("run", "--memory-limit", "lots", "x.js")).isEqualTo(2);
    assertThat(stderr()).contains("--memory-limit needs a positive size, not 'lots'");
    assertThat(run("run", "--cpu-limit")).isEqualTo(2);
    assertThat(run("run", dir.resolve("missing.js").toString())).isEqualTo(2);
    assertThat(stderr()).contains("cannot read");
  }

  @Test
  void modulesImportFilesRelativeToTheImporter() throws Exception {
    Files.createDirectories(dir.resolve("lib"));
    script("lib/math.mjs", "export function add(a, b) { return a + b; }\nexport default 'dflt';\n");
    Path main = script("main.mjs", "import { add } from './lib/math.mjs';\nimport d from './lib/math.mjs';\n"
        + "console.log(add(2, 3), d);\nconst m = await import('./lib/math.mjs');\nconsole.log(m.add === add);\n");
    assertThat(run("run", main.toString())).isZero();
    assertThat(stdout()).isEqualTo("5 dflt\ntrue\n");
    out.reset();
    Path plain = script("plain.js", "export default 1; console.log('module code');\n");
    assertThat(run("run", "--module", plain.toString())).isZero();
    assertThat(stdout()).isEqualTo("module code\n");
    out.reset();
    Path dynamic = script("dyn.js", "import('./lib/math.mjs').then(m => console.log('dyn', m.add(1, 1)));\n");
    assertThat(run("run", dynamic.toString())).isZero();
    assertThat(stdout()).isEqualTo("dyn 2\n");
  }

  @Test
  void moduleErrors() throws Exception {
    Path bad = script("bad.mjs", "export const = 1;\n");
    assertThat(run("run", bad.toString())).isEqualTo(1);
    assertThat(stderr()).isEqualTo(bad + ":1:14: SyntaxError: Unexpected token '='\nexport const = 1;\n             ^\n"
        + "outcome: exception\n");
    err.reset();
    Path missing = script("missing.mjs", "import './nowhere.mjs';\n");
    assertThat(run("run", missing.toString())).isEqualTo(1);
    assertThat(stderr()).startsWith("Uncaught TypeError: Cannot find module './nowhere.mjs'").endsWith("outcome: exception\n");
  }

  @Test
  void sizesTakeBinaryUnits() {
    assertThat(RunCommand.Limits.parseSize("100")).isEqualTo(100);
    assertThat(RunCommand.Limits.parseSize("512k")).isEqualTo(512L << 10);
    assertThat(RunCommand.Limits.parseSize("64M")).isEqualTo(64L << 20);
    assertThat(RunCommand.Limits.parseSize("2MiB")).isEqualTo(2L << 20);
    assertThat(RunCommand.Limits.parseSize("1GB")).isEqualTo(1L << 30);
    assertThatThrownBy(() -> RunCommand.Limits.parseSize("0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunCommand.Limits.parseSize("-5m")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timersFireInDueOrderAfterTheScript() throws Exception {
    Path f = script("timers.js", "setTimeout(() => console.log('b'), 30); setTimeout((x) => console.log('a', x), 0, 1);\n"
        + "const t = setTimeout(() => console.log('never'), 0); clearTimeout(t);\n"
        + "let n = 0; const i = setInterval(() => { if (++n === 3) { clearInterval(i); console.log('interval', n); } }, 1);\n"
        + "console.log('sync');\n");
    assertThat(run("run", f.toString())).isZero();
    assertThat(stdout()).startsWith("sync\na 1\n").contains("interval 3\n").endsWith("b\n").doesNotContain("never");
  }

  @Test
  void timersHaveALimitAndShareTheCpuBudget() throws Exception {
    Path many = script("many.js", "for (let i = 0; i < 20000; i++) setTimeout(() => {}, 1e6);\n");
    assertThat(run("run", many.toString())).isEqualTo(1);
    assertThat(stderr()).contains("RangeError: Too many pending timers").endsWith("outcome: exception\n");
    err.reset();
    Path spin = script("spin.js", "setInterval(() => { let x = 0; for (let i = 0; i < 1e5; i++) x += i; }, 0);\n");
    assertThat(run("run", "--cpu-limit", "200", spin.toString())).isEqualTo(3);
    assertThat(stderr()).endsWith("outcome: exceededCpu\n");
    err.reset();
    Path late = script("late.js", "setTimeout(() => { throw new TypeError('late'); }, 1);\n");
    assertThat(run("run", late.toString())).isEqualTo(1);
    assertThat(stderr()).contains("Uncaught TypeError: late");
  }
}
