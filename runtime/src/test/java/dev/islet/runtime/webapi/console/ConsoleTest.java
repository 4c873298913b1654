package dev.islet.runtime.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTest {
  private final List<String> lines = new ArrayList<>();

  private RunResult run(String source) {
    try (Isolate isolate = Isolate.create()) {
      Console.install(isolate.realm(), (level, text) -> lines.add(level + " " + text));
      return isolate.evaluate("test.js", source);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ConsoleTest.class.getResourceAsStream("/console/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void formatsCommonValuesExactlyAsNodeDoes() throws IOException {
    // inspect.out is node 20's output for inspect.js.
    RunResult r = run(resource("inspect.js"));
    assertThat(r.isOk()).as(String.valueOf(r)).isTrue();
    StringBuilder got = new StringBuilder();
    for (String line : lines) {
      got.append(line.substring(line.indexOf(' ') + 1)).append('\n');
    }
    assertThat(got.toString()).isEqualTo(resource("inspect.out"));
  }

  @Test
  void eachMethodHasItsLevel() {
    run("console.log('l'); console.info('i'); console.debug('d'); console.warn('w'); console.error('e');"
        + "console.dir('s'); console.assert(true, 'no'); console.assert(0, 'yes %d', 1); console.assert(false);");
    assertThat(lines).containsExactly("LOG l", "INFO i", "DEBUG d", "WARN w", "ERROR e", "LOG 's'",
        "ERROR Assertion failed: yes 1", "ERROR Assertion failed");
  }

  @Test
  void errorsShowTheirJsStack() {
    run("function f() { return new TypeError('bad'); }\nconsole.log(f());\nconsole.log({ e: new RangeError('r') });\n"
        + "var e = new Error('m'); e.code = 'E1'; console.log(e);\nconsole.trace('here');");
    assertThat(lines).containsExactly(
        "LOG TypeError: bad\n    at f (test.js:1:23)\n    at test.js:2:13",
        "LOG {\n  e: RangeError: r\n      at test.js:3:18\n}",
        "LOG Error: m\n    at test.js:4:9 {\n  code: 'E1'\n}",
        "ERROR Trace: here\n    at test.js:5:1");
  }

  @Test
  void gettersAreNotCalledAndNothingRunsUserCode() {
    run("var calls = 0; var o = { get x() { calls++; return 1; }, toString() { calls++; return 's'; } };"
        + "console.log(o, [o]); console.log('%O', o); console.log('calls', calls);");
    assertThat(lines).containsExactly("LOG { x: [Getter], toString: [Function: toString] } "
        + "[ { x: [Getter], toString: [Function: toString] } ]",
        "LOG { x: [Getter], toString: [Function: toString] }", "LOG calls 0");
  }

  @Test
  void deepAndCyclicStructuresStayBounded() {
    run("var a = {}; var c = a; for (var i = 0; i < 10000; i++) { c.next = {}; c = c.next; } console.log(a);"
        + "var b = []; b.push(b); console.log(b);");
    assertThat(lines).containsExactly("LOG { next: { next: { next: [Object] } } }", "LOG <ref *1> [ [Circular *1] ]");
  }
}
