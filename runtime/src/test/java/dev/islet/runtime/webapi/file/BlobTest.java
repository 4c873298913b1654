package dev.islet.runtime.webapi.file;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlobTest {
  @Test
  void partsOfEveryKindJoinInOrder() {
    assertThat(eval("var b = new Blob(['a\\u00e9', new Uint8Array([98]), new Blob(['c']), new Uint16Array([0x6464]).buffer]);"
        + " b.size + ' ' + JSON.stringify(b.type)")).isEqualTo("7 \"\"");
    assertThat(evalAsync("return await new Blob(['x', 'y\\ud800']).text()")).isEqualTo("xy\uFFFD");
    assertThat(eval("new Blob().size + ' ' + new Blob([]).size")).isEqualTo("0 0");
  }

  @Test
  void typeIsLowercasedOrDroppedWhenNotPrintableAscii() {
    assertThat(eval("new Blob([], {type: 'Text/HTML'}).type")).isEqualTo("text/html");
    assertThat(eval("new Blob([], {type: 'a\\u00e9'}).type")).isEqualTo("");
    assertThat(eval("new Blob(['a\\r\\nb\\rc'], {endings: 'native'}).size")).isEqualTo("5.0");
    assertThat(eval("new Blob([], {endings: 'bogus'})")).startsWith("ERROR TypeError");
  }

  @Test
  void badPartsAreTypeErrors() {
    assertThat(eval("new Blob('abc')")).startsWith("ERROR TypeError");
    assertThat(eval("new Blob(7)")).startsWith("ERROR TypeError");
    assertThat(eval("Blob.prototype.size")).startsWith("ERROR TypeError");
  }

  @Test
  void sliceClampsAndCountsFromTheEnd() {
    assertThat(evalAsync("return await new Blob(['hello world']).slice(-5).text()")).isEqualTo("world");
    assertThat(evalAsync("return await new Blob(['hello']).slice(1, 3, 'X/Y').text()")).isEqualTo("el");
    assertThat(eval("var s = new Blob(['hello']).slice(1, 3, 'X/Y'); s.type + ' ' + s.size")).isEqualTo("x/y 2");
    assertThat(eval("new Blob(['hello']).slice(4, 1).size + ' ' + new Blob(['hi']).slice(0, 1e9).size")).isEqualTo("0 2");
  }

  @Test
  void readsAsArrayBufferAndBytesGiveFreshCopies() {
    assertThat(evalAsync("var b = new Blob([new Uint8Array([1, 2, 3])]); var [ab, u] = await Promise.all([b.arrayBuffer(), b.bytes()]);"
        + " u[0] = 9; return new Uint8Array(ab).join() + '|' + u.join() + '|' + new Uint8Array(await b.arrayBuffer()).join()"))
        .isEqualTo("1,2,3|9,2,3|1,2,3");
  }

  @Test
  void filesHaveANameAndALastModifiedTime() {
    assertThat(eval("var f = new File(['abc'], 'a.txt', {type: 'text/plain', lastModified: 42});"
        + " [f instanceof Blob, f.name, f.type, f.size, f.lastModified, Object.prototype.toString.call(f)].join()"))
        .isEqualTo("true,a.txt,text/plain,3,42,[object File]");
    assertThat(eval("typeof new File([], 'x').lastModified")).isEqualTo("number");
    assertThat(eval("new File(['a'])")).startsWith("ERROR TypeError");
  }

  @Test
  void responsesTakeBlobBodiesAndGiveBlobs() {
    assertThat(evalAsync("var r = new Response(new Blob(['{\"a\":1}'], {type: 'application/json'}));"
        + " return r.headers.get('content-type') + ' ' + (await r.json()).a")).isEqualTo("application/json 1");
    assertThat(evalAsync("var b = await new Response('hi', {headers: {'content-type': 'Text/Plain; charset=UTF-8'}}).blob();"
        + " return b.type + ' ' + b.size")).isEqualTo("text/plain;charset=UTF-8 2"); // a body's MIME type as serialized, not lowercased
  }
}
