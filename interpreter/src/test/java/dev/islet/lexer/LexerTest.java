package dev.islet.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.islet.parser.SyntaxErrorException;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static Lexer lex(String text) {
    Lexer lx = new Lexer(new Source("t", text), false, true);
    lx.next();
    return lx;
  }

  private static List<String> kinds(String text) {
    Lexer lx = lex(text);
    List<String> out = new ArrayList<>();
    while (lx.type() != Tok.EOF) {
      out.add(Tok.text(lx.type()));
      lx.next();
    }
    return out;
  }

  @Test
  void punctuatorsTakeTheLongestMatch() {
    assertThat(kinds("a >>>= b ?? c ??= d ?.e ?.5 : f ** g **= h ... i => j"))
        .containsExactly("identifier", ">>>=", "identifier", "??", "identifier", "??=", "identifier", "?.",
            "identifier", "?", "number", ":", "identifier", "**", "identifier", "**=", "identifier", "...",
            "identifier", "=>", "identifier");
  }

  @Test
  void keywordsAndContextualWords() {
    Lexer lx = lex("if");
    assertThat(lx.type()).isEqualTo(Tok.K_IF);
    lx = lex("async");
    assertThat(lx.type()).isEqualTo(Tok.NAME);
    assertThat(lx.contextual()).isEqualTo(Tok.C_ASYNC);
    lx = lex("\\u0069f");
    assertThat(lx.type()).isEqualTo(Tok.NAME);
    assertThat(lx.escaped()).isTrue();
    assertThat(lx.escapedKeyword()).isEqualTo(Tok.K_IF);
    assertThat(lx.value()).isEqualTo("if");
  }

  @Test
  void identifiersWithEscapesAndUnicode() {
    assertThat(lex("\\u{61}b\\u0063").value()).isEqualTo("abc");
    assertThat(lex("ünïcödé").value()).isEqualTo("ünïcödé");
    assertThat(lex("a\u200Cb").value()).isEqualTo("a\u200Cb");
    assertThatThrownBy(() -> lex("\\u0031a")).isInstanceOf(SyntaxErrorException.class);
    assertThatThrownBy(() -> lex("\u2E2F")).isInstanceOf(SyntaxErrorException.class);
  }

  @Test
  void numericLiterals() {
    assertThat(lex("1_000_000").number()).isEqualTo(1_000_000);
    assertThat(lex("0x1F").number()).isEqualTo(31);
    assertThat(lex("0o17").number()).isEqualTo(15);
    assertThat(lex("0b101").number()).isEqualTo(5);
    assertThat(lex(".5e1").number()).isEqualTo(5);
    assertThat(lex("017").number()).isEqualTo(15);
    assertThat(lex("017").legacyOctal()).isZero();
    assertThat(lex("019").number()).isEqualTo(19);
    assertThat(lex("08.5").number()).isEqualTo(8.5);
    assertThat(lex("0xFFFFFFFFFFFFFFFFF").number()).isEqualTo(2.9514790517935283E20);
    assertThat(lex("123n").bigint()).hasToString("123");
    assertThat(lex("0xFFn").bigint()).hasToString("255");
    for (String bad : new String[] {"1__0", "1_", "0_1", "0x_1", "1._5", "1e_5", "01n", "1.5n", "1e3n", "3in", "0x", "08_1", "1\\u0061"}) {
      assertThatThrownBy(() -> lex(bad)).as(bad).isInstanceOf(SyntaxErrorException.class);
    }
  }

  @Test
  void stringLiteralsAndEscapes() {
    assertThat(lex("'a\\nb\\x41\\u0042\\u{1F600}\\0'").value()).isEqualTo("a\nbAB\uD83D\uDE00\0");
    assertThat(lex("'line\\\r\ncontinued'").value()).isEqualTo("linecontinued");
    assertThat(lex("'\\101'").value()).isEqualTo("A");
    assertThat(lex("'\\101'").legacyOctal()).isEqualTo(1);
    assertThat(lex("'\\8'").legacyOctal()).isEqualTo(1);
    assertThat(lex("'\u2028'").value()).isEqualTo("\u2028");
    assertThatThrownBy(() -> lex("'abc")).hasMessageContaining("Unterminated string literal");
    assertThatThrownBy(() -> lex("'a\nb'")).isInstanceOf(SyntaxErrorException.class);
    assertThatThrownBy(() -> lex("'\\x4'")).isInstanceOf(SyntaxErrorException.class);
  }

  @Test
  void templatesKeepCookedAndRaw() {
    Lexer lx = lex("`a\\n${");
    assertThat(lx.type()).isEqualTo(Tok.TEMPLATE);
    assertThat(lx.value()).isEqualTo("a\n");
    assertThat(lx.raw()).isEqualTo("a\\n");
    assertThat(lx.templateTail()).isFalse();
    lx = lex("`\r\nx\\\r\ny`");
    assertThat(lx.value()).isEqualTo("\nxy");
    assertThat(lx.raw()).isEqualTo("\nx\\\ny");
    lx = lex("`\\unicode`");
    assertThat(lx.value()).isNull();
    assertThat(lx.raw()).isEqualTo("\\unicode");
    assertThat(lx.templateErrorPos()).isEqualTo(1);
  }

  @Test
  void regularExpressionsAreScannedOnRequest() {
    Lexer lx = lex("/[/]x/gu");
    assertThat(lx.type()).isEqualTo(Tok.SLASH);
    lx.rescanAsRegExp();
    assertThat(lx.type()).isEqualTo(Tok.REGEXP);
    assertThat(lx.value()).isEqualTo("[/]x");
    assertThat(lx.raw()).isEqualTo("gu");
    for (String bad : new String[] {"/a/gg", "/a/uv", "/a/x", "/a\n/", "/a"}) {
      Lexer l = lex(bad);
      assertThatThrownBy(l::rescanAsRegExp).as(bad).isInstanceOf(SyntaxErrorException.class);
    }
  }

  @Test
  void commentsHashbangAndHtmlComments() {
    assertThat(kinds("#!/usr/bin/env node\na /* c */ b // d\n c")).containsExactly("identifier", "identifier", "identifier");
    assertThat(kinds("a <!-- hidden\nb\n--> also hidden\nc")).containsExactly("identifier", "identifier", "identifier");
    Lexer module = new Lexer(new Source("m", "a <!-- b"), true, true);
    module.next();
    module.next();
    assertThat(module.type()).isEqualTo(Tok.LT);
    assertThatThrownBy(() -> lex("/* never closed")).hasMessageContaining("Unterminated comment");
  }

  @Test
  void positionsAndNewlines() {
    Lexer lx = lex("a\r\n  /*\n*/ b\u2028c");
    lx.next();
    assertThat(lx.line()).isEqualTo(3);
    assertThat(lx.column()).isEqualTo(4);
    assertThat(lx.newlineBefore()).isTrue();
    lx.next();
    assertThat(lx.line()).isEqualTo(4);
    assertThat(lx.column()).isEqualTo(1);
  }

  @Test
  void privateNames() {
    Lexer lx = lex("#foo");
    assertThat(lx.type()).isEqualTo(Tok.PRIVATE_NAME);
    assertThat(lx.value()).isEqualTo("foo");
    assertThatThrownBy(() -> lex("# foo")).isInstanceOf(SyntaxErrorException.class);
  }
}
