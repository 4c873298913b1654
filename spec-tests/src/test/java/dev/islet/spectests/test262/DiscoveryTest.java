package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  @Test
  void findsJsFilesThatAreNotFixturesSortedAndOnce() throws Exception {
    List<String> found = Discovery.find(Fixtures.root(), List.of("test/language", "test/language/statements"));
    assertThat(found).containsExactly(
        "test/language/expressions/neg-parse.js",
        "test/language/expressions/neg-runtime.js",
        "test/language/expressions/ok.js",
        "test/language/expressions/sub/strict-error.js",
        "test/language/statements/crash.js",
        "test/language/statements/decorated.js",
        "test/language/statements/module-ok.js");
  }

  @Test
  void aPathMayBeOneFileAndMustExist() throws Exception {
    assertThat(Discovery.find(Fixtures.root(), List.of("test/built-ins/Array/raw.js")))
        .containsExactly("test/built-ins/Array/raw.js");
    assertThatThrownBy(() -> Discovery.find(Fixtures.root(), List.of("test/nowhere")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
