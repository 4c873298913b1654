package dev.islet.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code text/node-differential.js} (5,000 random String and RegExp calls) in islet and in
 * node, where node is installed, and compares the results line by line.
 */
class NodeDifferentialTest {
  @Test
  void stringAndRegExpResultsAgreeWithNode() throws Exception {
    String script;
    try (InputStream in = NodeDifferentialTest.class.getResourceAsStream("/text/node-differential.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> node = runNode(script);
    assumeTrue(node != null, "node is not installed");
    List<String> islet = new ArrayList<>();
    try (Isolate isolate = Isolate.create()) {
      isolate.defineGlobalFunction("print", args -> {
        for (String line : String.valueOf(args[0]).split("\n", -1)) {
          islet.add(line);
        }
        return null;
      });
      RunResult r = isolate.evaluate("node-differential.js", script);
      assertThat(r.isOk()).as(r.detail()).isTrue();
    }
    assertThat(islet).hasSize(5000);
    for (int i = 0; i < islet.size(); i++) {
      assertThat(islet.get(i)).as("line %d", i + 1).isEqualTo(node.get(i));
    }
  }

  /** The script's output under node, or null when node cannot be run. */
  private static List<String> runNode(String script) throws Exception {
    Path dir = Files.createTempDirectory("islet-text-node");
    Path file = dir.resolve("script.js");
    Path out = dir.resolve("out.txt");
    try {
      Files.writeString(file, "globalThis.print = (s) => console.log(s);\n" + script, StandardCharsets.UTF_8);
      Process p;
      try {
        p = new ProcessBuilder("node", file.toString()).redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        return null;
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("node did not finish within 120 s");
      }
      return p.exitValue() == 0 ? Files.readAllLines(out, StandardCharsets.UTF_8) : null;
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(out);
      Files.deleteIfExists(dir);
    }
  }
}
