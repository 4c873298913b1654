package dev.islet.runtime.webapi.encoding;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStreamsTest {
  @Test
  void aSurrogatePairSplitAcrossChunksEncodesOnce() {
    assertThat(evalAsync("var s = new TextEncoderStream(); var w = s.writable.getWriter();"
        + " w.write('\\uD83D'); w.write('\\uDE00'); w.close(); var out = [];"
        + " for await (const c of s.readable) out.push(...c); return out.join();"))
        .isEqualTo("240,159,152,128");
  }

  @Test
  void aLoneLeadingSurrogateAtTheEndIsAReplacementCharacter() {
    assertThat(evalAsync("var s = new TextEncoderStream(); var w = s.writable.getWriter(); w.write('a\\uD83D'); w.close();"
        + " var out = []; for await (const c of s.readable) out.push(...c); return out.join();"))
        .isEqualTo("97,239,191,189");
  }

  @Test
  void decoderStreamsKeepSplitSequencesAndRefuseNonBuffers() {
    assertThat(evalAsync("var s = new TextDecoderStream(); var w = s.writable.getWriter();"
        + " w.write(new Uint8Array([0xE2, 0x82])); w.write(new Uint8Array([0xAC])); w.close();"
        + " var out = ''; for await (const c of s.readable) out += c; return out;"))
        .isEqualTo("€");
    assertThat(evalAsync("var s = new TextDecoderStream(); var w = s.writable.getWriter();"
        + " s.readable.getReader().read().catch(() => {});"
        + " return await w.write('text').then(() => 'ok', e => e.name);")).isEqualTo("TypeError");
    assertThat(eval("new TextDecoderStream('nope')")).startsWith("ERROR RangeError");
  }

  @Test
  void aFatalDecoderStreamErrorsOnBadBytesAtTheEnd() {
    assertThat(evalAsync("var s = new TextDecoderStream('utf-8', {fatal: true}); var w = s.writable.getWriter();"
        + " w.write(new Uint8Array([0xE2])); w.close().catch(() => {});"
        + " return await s.readable.getReader().read().then(() => 'ok', e => e.name);")).isEqualTo("TypeError");
  }
}
