package dev.islet.regexp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegExpMatcherTest {
  /** A budget that ends the match once it has been charged more than a limit. */
  static final class CountingBudget implements RegExpBudget {
    final long limit;
    long steps;
    int calls;

    CountingBudget(long limit) {
      this.limit = limit;
    }

    @Override
    public void charge(long n) {
      steps += n;
      calls++;
      if (steps > limit) {
        throw new OutOfBudget();
      }
    }
  }

  static final class OutOfBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void catastrophicPatternIsChargedAndCanBeStopped() {
    CompiledRegExp re = CompiledRegExp.compile("(a+)+$", "");
    String input = "a".repeat(40) + "b";
    CountingBudget budget = new CountingBudget(5_000_000);
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> re.exec(input, 0, budget)).isInstanceOf(OutOfBudget.class);
    assertThat(budget.calls).isGreaterThan(1000); // charged in chunks, not once per step
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }

  @Test
  void smallMatchesChargeWhatTheyUsed() {
    CountingBudget budget = new CountingBudget(Long.MAX_VALUE);
    MatchResult m = CompiledRegExp.compile("b+", "").exec("aaabbb", 0, budget);
    assertThat(m.start(0)).isEqualTo(3);
    assertThat(budget.steps).isPositive().isLessThan(1024);
  }

  @Test
  void longInputsDoNotUseTheJavaStack() {
    String input = "ab".repeat(200_000) + "c";
    MatchResult m = CompiledRegExp.compile("(?:a|b)*c", "").exec(input, 0, RegExpBudget.UNLIMITED);
    assertThat(m.end(0)).isEqualTo(input.length());
    MatchResult m2 = CompiledRegExp.compile("(a|b)*?c", "").exec(input, 0, RegExpBudget.UNLIMITED);
    assertThat(m2.start(1)).isEqualTo(input.length() - 2);
  }

  @Test
  void deeplyNestedGroupsCompileAndMatch() {
    String pattern = "(".repeat(900) + "a" + ")".repeat(900);
    MatchResult m = CompiledRegExp.compile(pattern, "").exec("xa", 0, RegExpBudget.UNLIMITED);
    assertThat(m.start(900)).isEqualTo(1);
  }

  @Test
  void stickyMatchesOnlyAtLastIndex() {
    CompiledRegExp re = CompiledRegExp.compile("b", "y");
    assertThat(re.exec("abb", 0, RegExpBudget.UNLIMITED)).isNull();
    assertThat(re.exec("abb", 1, RegExpBudget.UNLIMITED).start(0)).isEqualTo(1);
    assertThat(RegExpMatcher.search(re, "abb", 0, RegExpBudget.UNLIMITED).start(0)).isEqualTo(1);
    assertThat(RegExpMatcher.matchAt(CompiledRegExp.compile("b", ""), "abb", 0, RegExpBudget.UNLIMITED)).isNull();
    assertThat(re.exec("abb", 4, RegExpBudget.UNLIMITED)).isNull();
  }

  @Test
  void duplicateNamedGroupsReportWhichParticipated() {
    CompiledRegExp re = CompiledRegExp.compile("(?<y>\\d{4})-\\d\\d|\\d\\d/(?<y>\\d{4})", "");
    assertThat(re.groupNamesInOrder()).containsExactly("y");
    MatchResult m = re.exec("on 12/2024", 0, RegExpBudget.UNLIMITED);
    assertThat(m.matched(1)).isFalse();
    assertThat(m.group("on 12/2024", 2)).isEqualTo("2024");
    assertThat(m.groupName(2)).isEqualTo("y");
    MatchResult back = CompiledRegExp.compile("(?:(?<a>x)|(?<a>y))\\k<a>", "").exec("yy", 0, RegExpBudget.UNLIMITED);
    assertThat(back.end(0)).isEqualTo(2);
  }

  @Test
  void modifiersChangeFlagsInsideTheGroupOnly() {
    assertThat(CompiledRegExp.compile("(?i:a)b", "").exec("AB", 0, RegExpBudget.UNLIMITED)).isNull();
    assertThat(CompiledRegExp.compile("(?i:a)b", "").exec("Ab", 0, RegExpBudget.UNLIMITED)).isNotNull();
    assertThat(CompiledRegExp.compile("(?-i:a)b", "i").exec("aB", 0, RegExpBudget.UNLIMITED)).isNotNull();
    assertThat(CompiledRegExp.compile("(?-i:a)b", "i").exec("AB", 0, RegExpBudget.UNLIMITED)).isNull();
    assertThat(CompiledRegExp.compile("(?s:.)(?m:$)", "").exec("\n\n", 0, RegExpBudget.UNLIMITED)).isNotNull();
  }

  @Test
  void syntaxErrorsThrowWithTheMessage() {
    assertThatThrownBy(() -> CompiledRegExp.compile("a**", ""))
        .isInstanceOf(RegExpSyntaxException.class)
        .hasMessage("Invalid regular expression: /a**/: Nothing to repeat");
  }

  @Test
  void propertyEscapesUseUnicode17() {
    // U+1C89 CYRILLIC CAPITAL LETTER TJE is new in Unicode 16; Garay (U+10D40…) too.
    assertThat(CompiledRegExp.compile("^\\p{Lu}$", "u").exec("\u1C89", 0, RegExpBudget.UNLIMITED)).isNotNull();
    assertThat(CompiledRegExp.compile("^\\p{Script=Garay}$", "u").exec(new String(Character.toChars(0x10D40)), 0,
        RegExpBudget.UNLIMITED)).isNotNull();
    assertThat(CompiledRegExp.compile("^\\u1C8A$", "i").exec("\u1C89", 0, RegExpBudget.UNLIMITED)).isNotNull();
  }
}
