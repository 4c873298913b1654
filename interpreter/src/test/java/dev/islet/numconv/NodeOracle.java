package dev.islet.numconv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs test/resources/numconv/node-oracle.js once over a batch of inputs. */
final class NodeOracle {
  private NodeOracle() {}

  /** Whether a usable node is on the PATH. */
  static boolean available() {
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

  /** Writes the input lines to a temp file, runs the oracle in the mode, returns its lines. */
  static List<String> run(String mode, List<String> inputLines, String... extra) throws Exception {
    Path dir = Files.createTempDirectory("islet-node-oracle");
    try {
      Path script = dir.resolve("node-oracle.js");
      try (InputStream in = NodeOracle.class.getResourceAsStream("/numconv/node-oracle.js")) {
        Files.write(script, in.readAllBytes());
      }
      Path input = dir.resolve("input.txt");
      Files.write(input, inputLines, StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(List.of("node", script.toString(), mode, input.toString()));
      command.addAll(List.of(extra));
      Path output = dir.resolve("output.txt");
      Process p = new ProcessBuilder(command)
          .redirectOutput(output.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("node did not finish within 120 s");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("node exited with " + p.exitValue());
      }
      return Files.readAllLines(output, StandardCharsets.UTF_8);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }
}
