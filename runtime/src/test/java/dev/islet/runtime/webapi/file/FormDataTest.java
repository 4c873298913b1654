package dev.islet.runtime.webapi.file;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDataTest {
  @Test
  void entriesKeepOrderAndSetReplacesTheFirst() {
    assertThat(eval("var f = new FormData(); f.append('a', 1); f.append('b', '2'); f.append('a', '3'); f.set('a', 'x');"
        + " JSON.stringify([...f]) + ' ' + f.getAll('a') + ' ' + f.has('b') + ' ' + f.get('zz')"))
        .isEqualTo("[[\"a\",\"x\"],[\"b\",\"2\"]] x true null");
    assertThat(eval("var f = new FormData(); f.append('a', 1); f.delete('a'); String([...f.keys()].length)")).isEqualTo("0");
  }

  @Test
  void blobsBecomeFiles() {
    assertThat(eval("var f = new FormData(); f.append('b', new Blob(['xy'], {type: 'text/x'})); f.append('c', new File(['z'], 'orig'), 'renamed');"
        + " var b = f.get('b'), c = f.get('c'); [b instanceof File, b.name, b.type, b.size, c.name].join()"))
        .isEqualTo("true,blob,text/x,2,renamed");
  }

  @Test
  void badArgumentsAreTypeErrors() {
    assertThat(eval("new FormData({})")).startsWith("ERROR TypeError");
    assertThat(eval("new FormData().append('a')")).startsWith("ERROR TypeError");
    assertThat(eval("new FormData().append('a', 'b', 'c')")).startsWith("ERROR TypeError");
  }

  @Test
  void roundTripsThroughAMultipartBody() {
    assertThat(evalAsync("var f = new FormData(); f.append('na\"me', 'line1\\nline2'); f.append('file', new File(['\\u00e9\\r'], 'a\"b.txt', {type: 'text/plain'}));"
        + " var r = new Response(f); var ct = r.headers.get('content-type');"
        + " var g = await r.formData(); var file = g.get('file');"
        + " return [ct.startsWith('multipart/form-data; boundary='), g.get('na\"me') === 'line1\\r\\nline2', file.name, file.type, await file.text() === '\\u00e9\\r'].join()"))
        .isEqualTo("true,true,a\"b.txt,text/plain,true");
  }

  @Test
  void urlencodedBodiesParseAndOtherTypesAreRefused() {
    assertThat(evalAsync("var g = await new Response('a=1&b=%20', {headers: {'content-type': 'application/x-www-form-urlencoded'}}).formData();"
        + " return g.get('a') + '|' + g.get('b') + '|'")).isEqualTo("1| |");
    assertThat(evalAsync("await new Response('a=1').formData()")).startsWith("REJECTED TypeError");
    assertThat(evalAsync("await new Response('garbage', {headers: {'content-type': 'multipart/form-data; boundary=x'}}).formData()"))
        .startsWith("REJECTED TypeError");
  }
}
