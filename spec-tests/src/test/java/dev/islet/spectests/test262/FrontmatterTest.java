package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontmatterTest {
  private static Frontmatter of(String yaml) {
    return Frontmatter.of("// Copyright\n/*---\n" + yaml + "\n---*/\nvar x;\n");
  }

  @Test
  void readsFlowListsAndTheNegativeMapping() {
    Frontmatter m = of("""
        esid: sec-foo
        description: Something (with: a colon)
        negative:
          phase: parse
          type: SyntaxError
        flags: [onlyStrict, generated]
        includes: [compareArray.js, propertyHelper.js]
        features: [class, 'exponentiation', "Symbol.iterator"]""");
    assertThat(m.flags()).containsExactlyInAnyOrder("onlyStrict", "generated");
    assertThat(m.includes()).containsExactly("compareArray.js", "propertyHelper.js");
    assertThat(m.features()).containsExactly("class", "exponentiation", "Symbol.iterator");
    assertThat(m.negative()).isEqualTo(new Negative(Phase.PARSE, "SyntaxError"));
  }

  @Test
  void readsBlockSequencesAtTheKeysIndentationOrDeeper() {
    Frontmatter m = of("""
        features:
          - Symbol.toStringTag
          - Symbol.iterator # a comment
        flags:
        - module
        includes: []""");
    assertThat(m.features()).containsExactly("Symbol.toStringTag", "Symbol.iterator");
    assertThat(m.flags()).containsExactly("module");
    assertThat(m.includes()).isEmpty();
  }

  @Test
  void blockScalarsAreTextEvenWhenTheyLookLikeKeys() {
    Map<String, Object> yaml = YamlSubset.parse("""
        info: |
            flags: [module]

            negative:
              phase: parse
        description: >
          folded
          text
        features: [class]
        """);
    assertThat(yaml.get("info")).isEqualTo("flags: [module]\n\nnegative:\n  phase: parse");
    assertThat(yaml.get("description")).isEqualTo("folded text");
    assertThat(yaml.get("features")).isEqualTo(List.of("class"));
  }

  @Test
  void readsFlowMappingsMultiLineFlowListsAndMultiLineScalars() {
    Frontmatter m = of("""
        negative: {phase: resolution, type: ReferenceError}
        description: a plain scalar
          that goes on
        features: [a,
          b, c]""");
    assertThat(m.negative()).isEqualTo(new Negative(Phase.RESOLUTION, "ReferenceError"));
    assertThat(m.features()).containsExactly("a", "b", "c");
    assertThat(YamlSubset.parse("d: a plain scalar\n  that goes on\n").get("d")).isEqualTo("a plain scalar that goes on");
    assertThat(YamlSubset.parse("d: 'it''s # not a comment'\n").get("d")).isEqualTo("it's # not a comment");
  }

  @Test
  void aTestWithoutFrontmatterHasNone() {
    assertThat(Frontmatter.of("var x = 1;")).isSameAs(Frontmatter.NONE);
    assertThat(Mode.required(Frontmatter.NONE)).containsExactly(Mode.SLOPPY, Mode.STRICT);
  }

  @Test
  void malformedFrontmatterIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> Frontmatter.of("/*--- flags: [a"))
        .isInstanceOf(FrontmatterException.class).hasMessageContaining("not closed");
    assertThatThrownBy(() -> of("flags: [a, b\nfeatures: [c]"))
        .isInstanceOf(FrontmatterException.class).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> of("flags: [a]\nflags: [b]"))
        .isInstanceOf(FrontmatterException.class).hasMessageContaining("line 3").hasMessageContaining("duplicate key 'flags'");
    assertThatThrownBy(() -> of("negative:\n  phase: compile\n  type: SyntaxError"))
        .isInstanceOf(FrontmatterException.class).hasMessageContaining("unknown negative phase 'compile'");
    assertThatThrownBy(() -> of("negative: SyntaxError"))
        .isInstanceOf(FrontmatterException.class).hasMessageContaining("mapping");
    assertThatThrownBy(() -> of("just words"))
        .isInstanceOf(FrontmatterException.class).hasMessageContaining("expected 'key: value'");
  }
}
