package dev.islet.runtime.webapi.streams;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamsTest {
  @Test
  void aReaderLocksTheStreamUntilReleased() {
    assertThat(evalAsync("var rs = new ReadableStream(); var r = rs.getReader();"
        + " var second; try { rs.getReader(); } catch (e) { second = e.name; }"
        + " var cancel = await rs.cancel().then(() => 'ok', e => e.name);"
        + " r.releaseLock(); var closed = await r.closed.then(() => 'ok', e => e.name);"
        + " return [rs.locked, second, cancel, closed, typeof rs.getReader()].join();"))
        .isEqualTo("false,TypeError,TypeError,TypeError,object");
  }

  @Test
  void releasingALockRejectsPendingReads() {
    assertThat(evalAsync("var r = new ReadableStream().getReader(); var p = r.read(); r.releaseLock();"
        + " return await p.then(() => 'read', e => e.name);")).isEqualTo("TypeError");
  }

  @Test
  void chunksArriveInOrderThenDone() {
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); }});"
        + " var out = []; for await (const x of rs) out.push(x); return out.join() + ' ' + rs.locked;"))
        .isEqualTo("a,b false");
  }

  @Test
  void badUnderlyingSourcesAndStrategiesThrow() {
    assertThat(eval("new ReadableStream({pull: 1})")).startsWith("ERROR TypeError");
    assertThat(eval("new ReadableStream({type: 'nope'})")).startsWith("ERROR TypeError");
    assertThat(eval("new ReadableStream({}, {highWaterMark: -1})")).startsWith("ERROR RangeError");
    assertThat(eval("new ReadableStream(null)")).startsWith("ERROR TypeError");
    assertThat(eval("new WritableStream({type: 'bytes'})")).startsWith("ERROR RangeError");
    assertThat(eval("new TransformStream({readableType: 'bytes'})")).startsWith("ERROR RangeError");
    assertThat(eval("new CountQueuingStrategy()")).startsWith("ERROR TypeError");
  }

  @Test
  void enqueueAfterCloseIsATypeError() {
    assertThat(eval("var ctl; new ReadableStream({start(c) { ctl = c; }}); ctl.close();"
        + " try { ctl.enqueue(1); 'no' } catch (e) { e.name }")).isEqualTo("TypeError");
  }

  @Test
  void aThrowingSizeErrorsTheStream() {
    assertThat(evalAsync("var ctl; var rs = new ReadableStream({start(c) { ctl = c; }}, {size() { throw new Error('big'); }});"
        + " try { ctl.enqueue(1); } catch (e) {} return await rs.getReader().closed.then(() => 'ok', e => e.message);"))
        .isEqualTo("big");
  }

  @Test
  void teeGivesBothBranchesEveryChunk() {
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.enqueue(1); c.enqueue(2); c.close(); }});"
        + " var [a, b] = rs.tee(); var out = [];"
        + " for await (const x of a) out.push('a' + x); for await (const x of b) out.push('b' + x); return out.join();"))
        .isEqualTo("a1,a2,b1,b2");
  }

  @Test
  void writesReachTheSinkInOrderAndCloseWaitsForThem() {
    assertThat(evalAsync("var log = []; var ws = new WritableStream({write(c) { log.push(c); }, close() { log.push('close'); }});"
        + " var w = ws.getWriter(); w.write('a'); w.write('b'); await w.close(); return log.join();"))
        .isEqualTo("a,b,close");
  }

  @Test
  void aWriterLocksAndWritesAfterCloseReject() {
    assertThat(evalAsync("var ws = new WritableStream(); var w = ws.getWriter();"
        + " var locked; try { ws.getWriter(); } catch (e) { locked = e.name; }"
        + " w.close(); var after = await w.write(1).then(() => 'ok', e => e.name);"
        + " w.releaseLock(); var released = await w.write(1).then(() => 'ok', e => e.name);"
        + " return [locked, after, released].join();"))
        .isEqualTo("TypeError,TypeError,TypeError");
  }

  @Test
  void abortSignalsTheControllerAndRejectsQueuedWrites() {
    assertThat(evalAsync("var ctl; var ws = new WritableStream({start(c) { ctl = c; }, write() {}});"
        + " var w = ws.getWriter(); w.write(1); var p2 = w.write(2).then(() => 'ok', e => String(e));"
        + " w.abort('why'); return ctl.signal.aborted + ' ' + ctl.signal.reason + ' ' + await p2;"))
        .isEqualTo("true why why");
  }

  @Test
  void pipeThroughATransformStream() {
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); }});"
        + " var ts = new TransformStream({transform(chunk, c) { c.enqueue(chunk.toUpperCase()); }, flush(c) { c.enqueue('!'); }});"
        + " var out = []; for await (const x of rs.pipeThrough(ts)) out.push(x); return out.join('');"))
        .isEqualTo("AB!");
  }

  @Test
  void pipeToPropagatesErrorsAndHonoursTheSignal() {
    assertThat(evalAsync("var rs = new ReadableStream({start(c) { c.error(new Error('src')); }});"
        + " var aborted; var ws = new WritableStream({abort(r) { aborted = r.message; }});"
        + " var r = await rs.pipeTo(ws).then(() => 'ok', e => e.message); return r + ' ' + aborted;"))
        .isEqualTo("src src");
    assertThat(evalAsync("var c = new AbortController(); c.abort();"
        + " return await new ReadableStream().pipeTo(new WritableStream(), {signal: c.signal}).then(() => 'ok', e => e.name);"))
        .isEqualTo("AbortError");
    assertThat(evalAsync("return await ReadableStream.prototype.pipeTo.call({}, new WritableStream()).then(() => 'ok', e => e.name);"))
        .isEqualTo("TypeError");
  }

  @Test
  void fromWrapsIterables() {
    assertThat(evalAsync("var out = []; for await (const x of ReadableStream.from([1, 2, 3])) out.push(x); return out.join();"))
        .isEqualTo("1,2,3");
    assertThat(eval("ReadableStream.from(5)")).startsWith("ERROR TypeError");
  }

  @Test
  void queuingStrategiesMeasureChunks() {
    assertThat(eval("var b = new ByteLengthQueuingStrategy({highWaterMark: 4}), c = new CountQueuingStrategy({highWaterMark: 2});"
        + " [b.highWaterMark, b.size(new Uint8Array(3)), c.size('x'), b.size === new ByteLengthQueuingStrategy({highWaterMark: 1}).size].join()"))
        .isEqualTo("4,3,1,true");
  }
}
