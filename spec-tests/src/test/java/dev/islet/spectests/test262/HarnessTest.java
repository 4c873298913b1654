package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HarnessTest {
  private static Frontmatter meta(Set<String> flags, String... includes) {
    return new Frontmatter(flags, List.of(includes), List.of(), null);
  }

  private static List<String> names(Prelude p) {
    return p.files().stream().map(HarnessFile::name).toList();
  }

  @Test
  void preludeIsAssertStaThenDonePrintForAsyncThenIncludesInOrder() {
    Harness h = Harness.of(Fixtures.root());
    assertThat(names(h.preludeFor(meta(Set.of())))).containsExactly("assert.js", "sta.js");
    assertThat(names(h.preludeFor(meta(Set.of("async"), "compareArray.js"))))
        .containsExactly("assert.js", "sta.js", "doneprintHandle.js", "compareArray.js");
    assertThat(names(h.preludeFor(meta(Set.of(), "sta.js", "compareArray.js"))))
        .containsExactly("assert.js", "sta.js", "compareArray.js");
    assertThat(h.preludeFor(meta(Set.of("raw"), "compareArray.js"))).isSameAs(Prelude.NONE);
    assertThat(h.preludeFor(meta(Set.of())).files().get(0).text()).contains("fixture assert.js");
  }

  @Test
  void filesAreReadOnceAndPreludesAreShared() {
    Harness h = Harness.of(Fixtures.root());
    Prelude a = h.preludeFor(meta(Set.of(), "compareArray.js"));
    Prelude b = h.preludeFor(meta(Set.of("onlyStrict"), "compareArray.js"));
    assertThat(b).isSameAs(a);
    h.preludeFor(meta(Set.of()));
    assertThat(h.filesLoaded()).isEqualTo(3);
    assertThat(h.preludeFor(meta(Set.of())).files().get(0)).isSameAs(a.files().get(0));
  }

  @Test
  void aMissingIncludeIsAnError() {
    Harness h = Harness.of(Fixtures.root());
    assertThatThrownBy(() -> h.preludeFor(meta(Set.of(), "nope.js")))
        .isInstanceOf(HarnessException.class).hasMessageContaining("harness file not found");
    assertThatThrownBy(() -> h.file("../features.txt")).isInstanceOf(HarnessException.class);
  }
}
