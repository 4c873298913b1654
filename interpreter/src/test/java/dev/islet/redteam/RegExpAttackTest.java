package dev.islet.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Outcome;
import org.junit.jupiter.api.Test;

/** Catastrophic backtracking is charged step by step: it ends exceededCpu within its limit, wherever the RegExp runs. */
class RegExpAttackTest {
  @Test
  void nestedQuantifiersEndWithinTheirSecond() {
    // The issue 5 bar: a 1 s CPU limit ends this one in about that second.
    Attack.Result r = Attack.of("/(a+)+$/.test('a'.repeat(40) + 'b');").cpuMillis(1_000).endsWith(Outcome.EXCEEDED_CPU);
    assertThat(r.cpuMillis()).isBetween(900L, 2_500L);
  }

  @Test
  void overlappingAlternatives() {
    Attack.of("/(a|aa)+b/.test('a'.repeat(100));").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void inEveryBuiltInThatRunsARegExp() {
    for (String call : new String[] {
        "'a'.repeat(40).replace(/(a+)+b/g, 'x')",
        "'a'.repeat(40).split(/(a+)+b/)",
        "'a'.repeat(40).match(/(a+)+b/g)",
        "[...'a'.repeat(40).matchAll(/(a+)+b/g)]",
        "'a'.repeat(40).search(/(a+)+b/)",
        "new RegExp('(a|a?)+b').exec('a'.repeat(50))",
        "/^(\\w+\\s?)*$/.test('an attack that never matches the pattern at all because of this!')",
        "/(x+x+)+y/.exec('x'.repeat(40))",
        "/(?:a*)*b/u.test('a'.repeat(5000))",
    }) {
      Attack.of(call).endsWith(Outcome.EXCEEDED_CPU);
    }
  }

  @Test
  void aBacktrackingStackBiggerThanTheHeapEndsWithTheMemoryLimit() {
    // (With room for it, the stack stops at its own bound with a RangeError: TextLimitsTest.)
    Attack.of("/(?:a|ab)*c/.test('a'.repeat(6e6))").cpuMillis(5_000).endsWith(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void aPatternNestedTooDeeplyIsASyntaxError() {
    Attack.of("new RegExp('('.repeat(100000) + ')'.repeat(100000))").throwsJs("SyntaxError");
  }
}
