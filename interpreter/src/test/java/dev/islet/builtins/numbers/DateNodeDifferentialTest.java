package dev.islet.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential test against node (V8 with ICU): resources/numbers/date-differential.js prints
 * Date strings, fields, setter results and parses, and must print the same lines in islet with
 * the same local time zone (node reads it from TZ). Skipped where node is absent.
 */
class DateNodeDifferentialTest {

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
      "America/St_Johns", "Pacific/Chatham"})
  void datesPrintAndParseLikeNode(String zone) throws Exception {
    assumeTrue(nodeAvailable(), "node is not installed: differential test skipped");
    String script;
    try (InputStream in = DateNodeDifferentialTest.class.getResourceAsStream("/numbers/date-differential.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> ours = new ArrayList<>();
    try (Isolate isolate = Isolate.create()) {
      isolate.setTimeZone(ZoneId.of(zone));
      isolate.defineGlobalFunction("print", args -> {
        ours.add(String.valueOf(args[0]));
        return null;
      });
      RunResult r = isolate.evaluate("date-differential.js", script);
      assertThat(r.outcome()).as("%s", r.detail()).isEqualTo(Outcome.OK);
    }
    List<String> node = runNode(script, zone);
    assertThat(ours).hasSameSizeAs(node);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).equals(ours.get(i))) {
        differences.add("node  " + node.get(i) + "\n  islet " + ours.get(i));
      }
    }
    assertThat(differences).as("lines that differ from node in %s", zone).isEmpty();
  }

  private static List<String> runNode(String script, String zone) throws Exception {
    Path dir = Files.createTempDirectory("islet-date-oracle");
    Path file = dir.resolve("script.js");
    Path out = dir.resolve("out.txt");
    try {
      Files.writeString(file, "globalThis.print = (s) => console.log(String(s));\n" + script);
      ProcessBuilder pb = new ProcessBuilder("node", file.toString())
          .redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      pb.environment().put("TZ", zone);
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("node did not finish within 120 s");
      }
      assertThat(p.exitValue()).as("node's exit status").isZero();
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(out);
      Files.deleteIfExists(dir);
    }
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
