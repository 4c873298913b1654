package dev.islet.runtime.webapi.fetch;

import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyStreamsTest {
  @Test
  void aBodyReadTwiceRejects() {
    assertThat(evalAsync("var r = new Response('hi'); var a = await r.text();"
        + " var b = await r.text().then(() => 'ok', e => e.name); return a + ' ' + b + ' ' + r.bodyUsed;"))
        .isEqualTo("hi TypeError true");
  }

  @Test
  void bodyIsAStreamAndReadingItUsesTheBody() {
    assertThat(evalAsync("var r = new Response('abc'); var reader = r.body.getReader();"
        + " var locked = await r.text().then(() => 'ok', e => e.name); var x = await reader.read();"
        + " return [locked, new TextDecoder().decode(x.value), r.bodyUsed].join();"))
        .isEqualTo("TypeError,abc,true");
  }

  @Test
  void aStreamBodyIsReadWhole() {
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.enqueue(new TextEncoder().encode('a'));"
        + " c.enqueue(new TextEncoder().encode('b')); c.close(); }}); return await new Response(rs).text();"))
        .isEqualTo("ab");
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.enqueue('not bytes'); c.close(); }});"
        + " return await new Response(rs).text().then(() => 'ok', e => e.name);"))
        .isEqualTo("TypeError");
  }

  @Test
  void aLockedOrDisturbedStreamIsRefused() {
    assertThat(evalAsync("var rs = new ReadableStream(); rs.getReader();"
        + " try { new Response(rs); return 'ok'; } catch (e) { return e.name; }")).isEqualTo("TypeError");
  }

  @Test
  void aClonedStreamBodyReadsInBothCopies() {
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); }});"
        + " var r = new Response(rs); var c = r.clone(); return (await r.text()) + (await c.text());"))
        .isEqualTo("hihi");
  }

  @Test
  void aConsumedBodysStreamIsLockedAndAByteStream() {
    assertThat(evalAsync("var r = new Response('x'); await r.text();"
        + " try { r.body.getReader(); return 'ok'; } catch (e) { return e.name + ' ' + r.body.locked; }"))
        .isEqualTo("TypeError true");
    assertThat(evalAsync("var r = new Response('hey'); var {value} = await r.body.getReader({mode: 'byob'}).read(new Uint8Array(8));"
        + " return value.length;")).isEqualTo("3");
  }

  @Test
  void aClonesChunksAreCopies() {
    assertThat(evalAsync("var chunk = new Uint16Array([1, 2]); var rs = new ReadableStream({start(c) { c.enqueue(chunk); c.close(); }});"
        + " var r = new Response(rs); var c = r.clone(); var a = (await r.body.getReader().read()).value;"
        + " var b = (await c.body.getReader().read()).value;"
        + " return [a === chunk, b !== chunk, b.buffer !== chunk.buffer, b.constructor.name, b.join()].join();"))
        .isEqualTo("true,true,true,Uint16Array,1,2");
  }
}
