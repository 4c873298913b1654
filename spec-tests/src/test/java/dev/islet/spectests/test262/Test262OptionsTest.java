package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class Test262OptionsTest {
  @Test
  void defaults() {
    Test262Options o = Test262Options.parse(List.of());
    assertThat(o.root()).isEqualTo(Path.of("../shared/test262"));
    assertThat(o.paths()).containsExactly("test/language", "test/built-ins", "test/annexB");
    assertThat(o.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(o.parseOnly()).isFalse();
  }

  @Test
  void optionsAndPaths() {
    Test262Options o = Test262Options.parse(List.of("--root", "/t", "--parse-only", "--threads", "3", "--json", "r.json",
        "test/language/expressions", "--timeout", "5"));
    assertThat(o.root()).isEqualTo(Path.of("/t"));
    assertThat(o.threads()).isEqualTo(3);
    assertThat(o.timeoutMillis()).isEqualTo(5000);
    assertThat(o.json()).isEqualTo(Path.of("r.json"));
    assertThat(o.paths()).containsExactly("test/language/expressions");
    assertThat(o.updateCommand(Path.of("b.txt"))).isEqualTo(
        "java -jar spec-tests/target/islet-spec-tests.jar test262 --root /t --parse-only --update-baseline b.txt"
            + " test/language/expressions");
  }

  @Test
  void badUsage() {
    assertThatThrownBy(() -> Test262Options.parse(List.of("--threads", "0"))).hasMessageContaining("positive");
    assertThatThrownBy(() -> Test262Options.parse(List.of("--json"))).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Test262Options.parse(List.of("--fast"))).hasMessageContaining("unknown option '--fast'");
  }
}
