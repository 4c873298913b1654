package dev.islet.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTest {
  private final Source source = new Source("s.js", "ab\r\ncd\ref\u2028gh\nij");

  @Test
  void linesFollowEcmaScriptTerminators() {
    assertThat(source.lineOf(0)).isEqualTo(1);
    assertThat(source.lineOf(4)).isEqualTo(2);
    assertThat(source.lineOf(7)).isEqualTo(3);
    assertThat(source.lineOf(10)).isEqualTo(4);
    assertThat(source.lineOf(13)).isEqualTo(5);
  }

  @Test
  void columnsAreOneBasedUtf16Units() {
    assertThat(source.columnOf(0)).isEqualTo(1);
    assertThat(source.columnOf(5)).isEqualTo(2);
    assertThat(source.columnOf(14)).isEqualTo(2);
  }

  @Test
  void lineTextHasNoTerminator() {
    assertThat(source.lineText(1)).isEqualTo("ab");
    assertThat(source.lineText(2)).isEqualTo("cd");
    assertThat(source.lineText(3)).isEqualTo("ef");
    assertThat(source.lineText(4)).isEqualTo("gh");
    assertThat(source.lineText(5)).isEqualTo("ij");
    assertThat(source.lineText(6)).isEmpty();
  }
}
