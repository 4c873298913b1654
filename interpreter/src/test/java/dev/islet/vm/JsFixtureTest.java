package dev.islet.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every JS fixture under {@code src/test/resources/js/<area>/<case>.js}. A fixture states its
 * expectations inline: each {@code // expect: text} is one line printed by {@code print(...)}, in
 * order; a final {@code // expect-error: Name: message} (message optional) means the script ends
 * with that uncaught error.
 */
class JsFixtureTest {
  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(JsFixtureTest.class.getResource("/js").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    return files.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> run(p)));
  }

  private static void run(Path file) throws IOException {
    String source = Files.readString(file);
    List<String> expected = new ArrayList<>();
    String expectedError = null;
    for (String line : source.split("\n")) {
      int i = line.indexOf("// expect: ");
      if (i >= 0) {
        expected.add(line.substring(i + "// expect: ".length()).stripTrailing());
      }
      int j = line.indexOf("// expect-error: ");
      if (j >= 0) {
        expectedError = line.substring(j + "// expect-error: ".length()).strip();
      }
    }
    List<String> printed = new ArrayList<>();
    try (Isolate isolate = Isolate.create()) {
      isolate.defineGlobalFunction("print", args -> {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < args.length; k++) {
          if (k > 0) {
            sb.append(' ');
          }
          sb.append(format(args[k]));
        }
        printed.add(sb.toString());
        return null;
      });
      RunResult r = isolate.evaluate(file.getFileName().toString(), source);
      assertThat(printed).as("printed lines").isEqualTo(expected);
      if (expectedError == null) {
        assertThat(r.outcome()).as("outcome (%s)", r.detail()).isEqualTo(Outcome.OK);
      } else {
        assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
        assertThat(r.error().toString()).startsWith(expectedError);
      }
    }
  }

  private static String format(Object v) {
    if (v == null) {
      return "undefined";
    }
    if (v instanceof Double d) {
      return dev.islet.numconv.NumberToString.toString(d);
    }
    return String.valueOf(v);
  }
}
