package dev.islet.runtime.webapi.compression;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompressionStreamsTest {
  private static final String ROUND_TRIP = "async function roundTrip(format, text, split) {"
      + " var packed = await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream(format))).bytes();"
      + " var parts = split ? [packed.slice(0, 3), packed.slice(3, 11), packed.slice(11)] : [packed];"
      + " var rs = new ReadableStream({start(c) { parts.forEach(p => c.enqueue(p)); c.close(); }});"
      + " return await new Response(rs.pipeThrough(new DecompressionStream(format))).text(); }";

  @Test
  void everyFormatRoundTripsEvenInSmallChunks() {
    assertThat(evalAsync(ROUND_TRIP + " var t = 'hello hello hello ' + 'x'.repeat(1000); var out = [];"
        + " for (const f of ['gzip', 'deflate', 'deflate-raw']) out.push((await roundTrip(f, t, false)) === t, (await roundTrip(f, t, true)) === t);"
        + " return out.join();")).isEqualTo("true,true,true,true,true,true");
  }

  @Test
  void gzipOutputHasTheMagicBytes() {
    assertThat(evalAsync("var b = await new Response(new Blob(['a']).stream().pipeThrough(new CompressionStream('gzip'))).bytes();"
        + " return b[0] + ',' + b[1];")).isEqualTo("31,139");
  }

  @Test
  void badFormatsChunksAndDataAreTypeErrors() {
    assertThat(eval("new CompressionStream('zip')")).startsWith("ERROR TypeError");
    assertThat(eval("new DecompressionStream()")).startsWith("ERROR TypeError");
    assertThat(evalAsync("var ds = new DecompressionStream('gzip'); var w = ds.writable.getWriter();"
        + " ds.readable.getReader().read().catch(() => {}); return await w.write(new Uint8Array([1, 2, 3])).then(() => 'ok', e => e.name);"))
        .isEqualTo("TypeError");
    assertThat(evalAsync("var cs = new CompressionStream('deflate'); var w = cs.writable.getWriter();"
        + " cs.readable.getReader().read().catch(() => {}); return await w.write('text').then(() => 'ok', e => e.name);"))
        .isEqualTo("TypeError");
    assertThat(evalAsync("var ds = new DecompressionStream('deflate'); var w = ds.writable.getWriter();"
        + " var read = ds.readable.getReader().read().then(() => 'ok', e => e.name); w.write(new Uint8Array([0x78])); w.close().catch(() => {});"
        + " return await read;")).isEqualTo("TypeError");
  }
}
