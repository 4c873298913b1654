package dev.islet.runtime.webapi.encoding;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCodingTest {
  @Test
  void encodesUtf8WithReplacementForLoneSurrogates() {
    assertThat(eval("Array.from(new TextEncoder().encode('a\\u00e9\\ud83d\\ude00\\ud800')).join()"))
        .isEqualTo("97,195,169,240,159,152,128,239,191,189");
    assertThat(eval("var u = new Uint8Array(4); var r = new TextEncoder().encodeInto('a\\u00e9\\u20ac', u); r.read + ',' + r.written"))
        .isEqualTo("2,3");
  }

  @Test
  void decodesWithBomFatalAndStreaming() {
    assertThat(eval("new TextDecoder().decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x61]))")).isEqualTo("a");
    assertThat(eval("new TextDecoder('utf-8', {ignoreBOM: true}).decode(new Uint8Array([0xEF, 0xBB, 0xBF])).length")).isEqualTo("1.0");
    assertThat(eval("new TextDecoder().decode(new Uint8Array([0xC3]))")).isEqualTo("\uFFFD");
    assertThat(eval("new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xFF]))")).startsWith("ERROR TypeError");
    assertThat(eval("var d = new TextDecoder(); d.decode(new Uint8Array([0xE2, 0x82]), {stream: true}) + d.decode(new Uint8Array([0xAC]))"))
        .isEqualTo("€");
    assertThat(eval("new TextDecoder('utf-16le').decode(new Uint8Array([0x61, 0, 0x3D, 0xD8]))")).isEqualTo("a\uFFFD");
    assertThat(eval("new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x81]))")).isEqualTo("€\u0081");
    assertThat(eval("new TextDecoder(' Latin1 ').encoding")).isEqualTo("windows-1252");
  }

  @Test
  void unknownLabelsAreRangeErrors() {
    assertThat(eval("new TextDecoder('nope')")).startsWith("ERROR RangeError").contains("nope");
    assertThat(eval("new TextDecoder('iso-2022-kr')")).startsWith("ERROR RangeError");
    assertThat(eval("new TextDecoder().decode('str')")).startsWith("ERROR TypeError");
  }

  @Test
  void base64() {
    assertThat(eval("btoa('hello') + ' ' + atob(' aGVs bG8= ') + ' ' + atob('YQ')")).isEqualTo("aGVsbG8= hello a");
    assertThat(eval("btoa('\\u0100')")).startsWith("ERROR InvalidCharacterError");
    assertThat(eval("atob('a')")).startsWith("ERROR InvalidCharacterError");
    assertThat(eval("try { atob('*') } catch (e) { e instanceof DOMException && e.code === 5 }")).isEqualTo("true");
  }
}
