package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static Frontmatter features(String... features) {
    return new Frontmatter(Set.of(), List.of(), List.of(features), null);
  }

  @Test
  void proposalsAreTheFeaturesOfTheProposedSectionOnly() {
    Scope scope = Scope.load(Fixtures.root());
    assertThat(scope.isProposal("decorators")).isTrue();
    // "## https://…" and "## test262 special specifier" are notes inside the proposals section, not headings.
    assertThat(scope.isProposal("source-phase-imports")).isTrue();
    assertThat(scope.isProposal("source-phase-imports-module-source")).isTrue();
    assertThat(scope.isProposal("class")).isFalse();
    assertThat(scope.isProposal("exponentiation")).isFalse();
    assertThat(scope.isProposal("IsHTMLDDA")).isFalse();
  }

  @Test
  void readsTheRealFeatureListShape() {
    Set<String> proposals = Scope.proposalFeatures(List.of(
        "## Proposed language features", "# ShadowRealm", "ShadowRealm", "",
        "## Standard language features", "Temporal", "SharedArrayBuffer", "Atomics  # note",
        "## Test-Harness Features", "host-gc-required"));
    assertThat(proposals).containsExactly("ShadowRealm");
  }

  @Test
  void skipsProposalsAndIntlAndNothingElse() {
    Scope scope = Scope.load(Fixtures.root());
    assertThat(scope.skipReason("test/language/a.js", features("class", "decorators"))).isEqualTo("proposal: decorators");
    assertThat(scope.skipReason("test/intl402/Locale/a.js", features())).isEqualTo("Intl");
    assertThat(scope.skipReason("test/staging/intl402/a.js", features())).isEqualTo("Intl");
    assertThat(scope.skipReason("test/built-ins/Temporal/a.js", features("Temporal", "Intl.Locale"))).isEqualTo("Intl");
    assertThat(scope.skipReason("test/built-ins/Date/a.js", features("intl-normative-optional"))).isEqualTo("Intl");
    assertThat(scope.skipReason("test/built-ins/Temporal/a.js", features("Temporal"))).isNull();
    assertThat(scope.skipReason("test/built-ins/Atomics/a.js", features("SharedArrayBuffer", "Atomics"))).isNull();
    assertThat(scope.skipReason("test/language/a.js", features("IsHTMLDDA", "unknown-feature"))).isNull();
  }

  @Test
  void aRootWithoutAFeatureListHasNoProposals() {
    Scope scope = Scope.load(Fixtures.hangRoot());
    assertThat(scope.skipReason("test/language/a.js", features("decorators"))).isNull();
  }
}
