package dev.islet.regexp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegExpSyntaxTest {
  @ParameterizedTest(name = "/{0}/{1} is valid")
  @CsvSource(delimiter = '\t', quoteCharacter = '`', value = {
    "a|b\t``", "(a)(?:b)(?<n>c)\\k<n>\\1\tg", "\\c\t``", "[\\c_]\t``", "\\8\t``", "\\07\t``", "a{\t``",
    "a{1\t``", "]\t``", "}\t``", "{\t``", "(?=a)*\t``", "[\\d-a]\t``", "\\p\t``", "\\k\t``",
    "\\u{41}\tu", "\\uD83D\\uDE00\tu", "\\p{Lu}\\P{sc=Greek}\\p{scx=Latn}\\p{General_Category=L}\tu",
    "\\p{ASCII_Hex_Digit}\\p{AHex}\tu", "[\\p{L}--[a-z]]\tv", "[[a-z]&&[aeiou]]\tv", "[\\q{abc|d}]\tv",
    "\\p{RGI_Emoji}\tv", "[^\\q{a|b}]\tv", "(?<a>x)|(?<a>y)\t``", "(?:(?<a>x)|(?<a>y))\\k<a>\t``",
    "(?i:a)(?-i:b)(?im-s:c)\t``", "(?<=a)(?<!b)\tu", "x{2147483648,2147483649}\t``", "\\-\t``",
    "[\\-]\tu", "[\\&]\tv", "(?<$𐒤>.)\tu", "(?<\\u{1d49c}>.)\t``", "``\t``",
  })
  void valid(String pattern, String flags) {
    assertThat(RegExpSyntax.validate(pattern, flags)).isNull();
  }

  @ParameterizedTest(name = "/{0}/{1}: {2}")
  @CsvSource(delimiter = '\t', quoteCharacter = '`', value = {
    "(\t``\tUnterminated group", ")\t``\tUnmatched ')'", "a\tgg\tInvalid flags", "a\tuv\tInvalid flags",
    "a\tx\tInvalid flags", "*\t``\tNothing to repeat", "{1}\t``\tNothing to repeat", "a{2,1}\t``\tnumbers out of order in {} quantifier",
    "x{99999999999999999999,99999999999999999998}\t``\tnumbers out of order in {} quantifier",
    "[b-a]\t``\tRange out of order in character class", "[\t``\tUnterminated character class",
    "\\\t``\t\\ at end of pattern", "]\tu\tLone quantifier brackets", "{\tu\tLone quantifier brackets",
    "a{1\tu\tIncomplete quantifier", "\\c\tu\tInvalid escape", "\\8\tu\tInvalid escape", "\\01\tu\tInvalid decimal escape",
    "(?=a)*\tu\tNothing to repeat", "(?<=a)*\t``\tNothing to repeat", "[\\d-a]\tu\tInvalid character class",
    "\\p{Foo}\tu\tInvalid property name", "\\p{RGI_Emoji}\tu\tInvalid property name", "\\P{RGI_Emoji}\tv\tInvalid property name",
    "[^\\p{RGI_Emoji}]\tv\tNegated character class may contain strings", "[^\\q{ab}]\tv\tNegated character class may contain strings",
    "[a&&&b]\tv\tInvalid character in character class", "[a&&b--c]\tv\tInvalid set operation in character class",
    "[(]\tv\tInvalid character in character class", "[a!!b]\tv\tInvalid set operation in character class",
    "(?<a>x)(?<a>y)\t``\tDuplicate capture group name", "(?<a>x)|((?<a>y)(?<a>z))\t``\tDuplicate capture group name",
    "(?<a>.)\\k<b>\t``\tInvalid named capture referenced", "(?<a>.)\\k\t``\tInvalid named reference",
    "\\k<a>\tu\tInvalid named capture referenced", "(?<1a>.)\t``\tInvalid capture group name", "(?ii:a)\t``\tRepeated flag in modifiers",
    "(?i-i:a)\t``\tRepeated flag in modifiers", "(?-:a)\t``\tInvalid group: no modifiers", "(?x:a)\t``\tInvalid group",
    "(?i)\t``\tInvalid group", "\\u{110000}\tu\tInvalid Unicode escape", "\\q{a}\tv\tInvalid escape",
  })
  void invalid(String pattern, String flags, String reason) {
    assertThat(RegExpSyntax.validate(pattern, flags))
        .isEqualTo("Invalid regular expression: /" + pattern + "/" + flags + ": " + reason);
  }

  @org.junit.jupiter.api.Test
  void deepNestingIsASyntaxErrorNotAStackOverflow() {
    String deep = "(".repeat(100_000) + ")".repeat(100_000);
    assertThat(RegExpSyntax.validate(deep, "")).endsWith("too deeply nested");
    assertThat(RegExpSyntax.validate("[".repeat(100_000), "v")).endsWith("too deeply nested");
  }
}
