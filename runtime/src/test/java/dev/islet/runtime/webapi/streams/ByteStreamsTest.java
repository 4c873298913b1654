package dev.islet.runtime.webapi.streams;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteStreamsTest {
  @Test
  void aByobReadFillsTheCallersBufferThroughRespond() {
    assertThat(evalAsync("var rs = new ReadableStream({type: 'bytes', pull(c) { var v = c.byobRequest.view;"
        + " v[0] = 7; v[1] = 8; c.byobRequest.respond(2); }});"
        + " var r = rs.getReader({mode: 'byob'}); var buf = new Uint8Array(4); var {value, done} = await r.read(buf);"
        + " return [value.length, value[0], value[1], buf.byteLength, done].join();"))
        .isEqualTo("2,7,8,0,false");
  }

  @Test
  void enqueuedChunksTransferTheirBuffer() {
    assertThat(evalAsync("var ctl; var rs = new ReadableStream({type: 'bytes', start(c) { ctl = c; }});"
        + " var chunk = new Uint8Array([1, 2, 3]); ctl.enqueue(chunk); var detached = chunk.byteLength === 0;"
        + " var {value} = await rs.getReader().read(); return detached + ' ' + value.join();"))
        .isEqualTo("true 1,2,3");
  }

  @Test
  void badByobReadsAndRespondsAreRefused() {
    assertThat(evalAsync("var rs = new ReadableStream({type: 'bytes'}); var r = rs.getReader({mode: 'byob'});"
        + " var empty = await r.read(new Uint8Array(0)).then(() => 'ok', e => e.name);"
        + " var notView = await r.read({}).then(() => 'ok', e => e.name);"
        + " var min = await r.read(new Uint8Array(2), {min: 3}).then(() => 'ok', e => e.name);"
        + " return [empty, notView, min].join();"))
        .isEqualTo("TypeError,TypeError,RangeError");
    assertThat(eval("new ReadableStream().getReader({mode: 'byob'})")).startsWith("ERROR TypeError");
    assertThat(eval("new ReadableStream({type: 'bytes', autoAllocateChunkSize: 0})")).startsWith("ERROR TypeError");
    assertThat(eval("new ReadableStream({type: 'bytes'}, {size() { return 1; }})")).startsWith("ERROR RangeError");
  }

  @Test
  void autoAllocateGivesDefaultReadersAByobRequest() {
    assertThat(evalAsync("var rs = new ReadableStream({type: 'bytes', autoAllocateChunkSize: 8, pull(c) {"
        + " c.byobRequest.view[0] = 42; c.byobRequest.respond(1); }});"
        + " var {value} = await rs.getReader().read(); return value.constructor.name + ' ' + value.length + ' ' + value[0];"))
        .isEqualTo("Uint8Array 1 42");
  }

  @Test
  void teedByteStreamsAreByteStreamsWithTheirOwnCopies() {
    assertThat(evalAsync("var rs = new ReadableStream({type: 'bytes', start(c) { c.enqueue(new Uint8Array([5, 6])); c.close(); }});"
        + " var [a, b] = rs.tee(); var r1 = a.getReader({mode: 'byob'}); var x = (await r1.read(new Uint8Array(4))).value;"
        + " var y = (await b.getReader().read()).value; return [x.join(), y.join(), x.buffer !== y.buffer].join(' ');"))
        .isEqualTo("5,6 5,6 true");
  }
}
