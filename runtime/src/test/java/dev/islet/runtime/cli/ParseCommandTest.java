package dev.islet.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsOkForValidScript() throws Exception {
    Path f = Files.writeString(dir.resolve("ok.js"), "let x = 1;\n");
    assertThat(run("parse", f.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("OK\n");
  }

  @Test
  void printsSyntaxErrorWithCaret() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.js"), "let x = 1;\nfunction f() {\n  return x +;\n}\n");
    assertThat(run("parse", f.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(f + ":3:13: SyntaxError: Unexpected token ';'\n  return x +;\n            ^\n");
  }

  @Test
  void moduleGoalAndAst() throws Exception {
    Path f = Files.writeString(dir.resolve("m.js"), "export const a = 1;");
    assertThat(run("parse", f.toString())).isEqualTo(1);
    out.reset();
    assertThat(run("parse", f.toString(), "--module", "--ast")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("{\"type\":\"Program\",\"start\":0,\"end\":19,\"body\":[{\"type\":\"ExportNamedDeclaration\"")
        .contains("\"sourceType\":\"module\"");
  }

  @Test
  void deepLeftNestedChainPrints() throws Exception {
    Path f = Files.writeString(dir.resolve("deep.js"), "x = " + "a+".repeat(100_000) + "a;");
    assertThat(run("parse", f.toString(), "--ast")).isZero();
    assertThat(out.size()).isGreaterThan(100_000);
  }

  @Test
  void usageErrors() {
    assertThat(run("parse")).isEqualTo(2);
    assertThat(run("parse", dir.resolve("missing.js").toString())).isEqualTo(2);
    assertThat(Main.usage()).contains("parse FILE [--module] [--ast]");
  }
}
