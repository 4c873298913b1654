package dev.islet.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.islet.ast.EstreeJson;
import dev.islet.ast.Program;
import dev.islet.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our ESTree JSON must equal acorn's (ignoring positions) on the octane sources and on every test262
 * file without a parse-phase negative that acorn accepts. Runs only where {@code node} is on the
 * PATH and {@code ACORN_DIR} holds {@code node_modules/acorn}; otherwise it is skipped. Files where
 * acorn is known to be wrong are listed with the reason in {@code parser/acorn-known-differences.txt}.
 */
class AcornDifferentialTest {
  @TempDir
  Path tmp;

  @Test
  void estreeJsonMatchesAcorn() throws Exception {
    String acornDir = System.getenv("ACORN_DIR");
    assumeTrue(acornDir != null && Files.isRegularFile(Path.of(acornDir, "node_modules/acorn/package.json")),
        "ACORN_DIR with node_modules/acorn is not set up");
    assumeTrue(nodeAvailable(), "node is not installed");
    Path shared = Test262Corpus.shared();
    assumeTrue(shared != null, "shared/test262 not found");

    StringBuilder manifest = new StringBuilder();
    int n = 0;
    List<String> ourFailures = new ArrayList<>();
    try (var files = Files.list(shared.resolve("bench/octane"))) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".js")).sorted()::iterator) {
        n = addFile(manifest, n, p, Files.readString(p), false, false, ourFailures);
      }
    }
    Path root = shared.resolve("test262");
    for (Path p : Test262Corpus.tests(root, "language", "built-ins", "annexB")) {
      Test262Corpus.TestFile t = Test262Corpus.read(p);
      if (t.negativeParse() || Test262Corpus.isProposal(root, t)) {
        continue;
      }
      boolean strictPrefix = t.has("onlyStrict");
      String text = strictPrefix ? "\"use strict\";\n" + t.source() : t.source();
      n = addFile(manifest, n, p, text, t.has("module"), strictPrefix, ourFailures);
    }
    Path manifestFile = tmp.resolve("manifest.tsv");
    Files.writeString(manifestFile, manifest.toString());
    Path script = tmp.resolve("acorn-diff.js");
    try (InputStream in = getClass().getResourceAsStream("/parser/acorn-diff.js")) {
      Files.write(script, in.readAllBytes());
    }
    Process proc = new ProcessBuilder("node", script.toString(), acornDir, manifestFile.toString())
        .redirectErrorStream(true).start();
    String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(proc.exitValue()).as(output).isZero();

    if (Files.isDirectory(Path.of("target"))) {
      Files.writeString(Path.of("target/acorn-differential.txt"), output); // the full report, SKIP lines included
    }
    Map<String, String> known = knownDifferences();
    List<String> unexpected = new ArrayList<>(ourFailures);
    for (String line : output.split("\n")) {
      if (line.startsWith("DIFF ")) {
        String file = line.substring(5, line.indexOf('\t'));
        String rel = shared.relativize(Path.of(file)).toString();
        if (!known.containsKey(rel)) {
          unexpected.add(rel + line.substring(line.indexOf('\t')));
        }
      }
    }
    String summary = output.substring(output.lastIndexOf("checked"));
    System.out.println("acorn differential: " + summary.trim() + ", known differences " + known.size());
    assertThat(unexpected).as("files where our ESTree JSON differs from acorn's").isEmpty();
  }

  private int addFile(StringBuilder manifest, int n, Path p, String text, boolean module, boolean strictPrefix,
      List<String> failures) throws IOException {
    Program program;
    try {
      Source src = new Source(p.toString(), text);
      program = module ? Parser.parseModule(src) : Parser.parseScript(src);
    } catch (SyntaxErrorException e) {
      failures.add(p + ": we reject it: " + e.getMessage());
      return n;
    }
    Path json = tmp.resolve(n + ".json");
    Files.writeString(json, EstreeJson.toJson(program, text));
    manifest.append(json).append('\t').append(p).append('\t').append(module ? "module" : "script")
        .append('\t').append(strictPrefix ? '1' : '0').append('\n');
    return n + 1;
  }

  private static Map<String, String> knownDifferences() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = AcornDifferentialTest.class.getResourceAsStream("/parser/acorn-known-differences.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        out.put(tab < 0 ? line.trim() : line.substring(0, tab).trim(), tab < 0 ? "" : line.substring(tab + 1));
      }
    }
    return out;
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
