package dev.islet.runtime.webapi.fetch;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FetchClassesTest {
  @Test
  void headersAreCaseInsensitiveSortedAndCombined() {
    assertThat(eval("var h = new Headers({'B': '1', 'a': ' 2 '}); h.append('b', '3'); [...h].map(e => e.join(':')).join('|')"))
        .isEqualTo("a:2|b:1, 3");
    assertThat(eval("var h = new Headers([['Set-Cookie', 'a=1'], ['set-cookie', 'b=2']]); h.getSetCookie().join('|') + ' ' + [...h.keys()].length"))
        .isEqualTo("a=1|b=2 2");
    assertThat(eval("new Headers().get('x')")).isEqualTo("null");
  }

  @Test
  void badHeaderNamesAndValuesThrowTypeErrors() {
    assertThat(eval("new Headers({'a b': 'x'})")).startsWith("ERROR TypeError").contains("a b");
    assertThat(eval("new Headers().append('x', 'a\\nb')")).startsWith("ERROR TypeError");
    assertThat(eval("new Headers().set('x', '\\u0100')")).startsWith("ERROR TypeError");
    assertThat(eval("new Headers([['a', 'b', 'c']])")).startsWith("ERROR TypeError");
    assertThat(eval("new Response('x').headers.constructor === Headers && Response.error().headers.set('a', 'b')"))
        .startsWith("ERROR TypeError").contains("immutable");
  }

  @Test
  void requestFieldsAndValidation() {
    assertThat(eval("var r = new Request('https://a.com/x', {method: 'post', body: 'hi'});"
        + " [r.method, r.url, r.headers.get('content-type'), r.mode, r.bodyUsed].join()"))
        .isEqualTo("POST,https://a.com/x,text/plain;charset=UTF-8,cors,false");
    assertThat(eval("new Request('/relative')")).startsWith("ERROR TypeError").contains("'/relative'");
    assertThat(eval("new Request('https://a/', {method: 'GET', body: 'x'})")).startsWith("ERROR TypeError");
    assertThat(eval("new Request('https://a/', {method: 'TRACE'})")).startsWith("ERROR TypeError");
    assertThat(eval("new Request('https://u:p@a/')")).startsWith("ERROR TypeError").contains("credentials");
    assertThat(eval("new Request('https://a/', {mode: 'navigate'})")).startsWith("ERROR TypeError");
    assertThat(eval("new Request(new Request('https://a/', {headers: {x: '1'}})).headers.get('x')")).isEqualTo("1");
  }

  @Test
  void bodyReadTwiceRejects() {
    assertThat(evalAsync("var r = new Response('abc'); var t = await r.text(); try { await r.text(); return 'no'; }"
        + " catch (e) { return t + ' ' + e.name + ' ' + r.bodyUsed; }")).isEqualTo("abc TypeError true");
    assertThat(evalAsync("var r = new Request('https://a/', {method: 'PUT', body: '{\"a\":[1]}'}); return (await r.json()).a[0]"))
        .isEqualTo("1");
    assertThat(evalAsync("var r = new Response('x'); await r.text(); return r.clone()")).startsWith("REJECTED TypeError");
    assertThat(evalAsync("return await new Response('{bad').json()")).startsWith("REJECTED SyntaxError");
  }

  @Test
  void bodiesFromBuffersAndParams() {
    assertThat(evalAsync("var b = await new Response(new Uint8Array([104, 105])).arrayBuffer(); return b.byteLength")).isEqualTo("2");
    assertThat(evalAsync("var r = new Response(new URLSearchParams('a=1 2')); return r.headers.get('content-type') + ' ' + await r.text()"))
        .isEqualTo("application/x-www-form-urlencoded;charset=UTF-8 a=1+2");
    assertThat(evalAsync("var c = new Response('x'); var d = c.clone(); return (await c.text()) + (await d.text())")).isEqualTo("xx");
  }

  @Test
  void responseStaticsAndStatus() {
    assertThat(eval("var r = Response.redirect('https://a/b', 301); r.status + ' ' + r.headers.get('location')")).isEqualTo("301 https://a/b");
    assertThat(eval("Response.redirect('https://a/', 200)")).startsWith("ERROR RangeError");
    assertThat(eval("new Response('', {status: 600})")).startsWith("ERROR RangeError");
    assertThat(eval("new Response('x', {status: 204})")).startsWith("ERROR TypeError");
    assertThat(eval("var r = Response.error(); r.type + r.status + r.ok")).isEqualTo("error0false");
    assertThat(evalAsync("var r = Response.json({a: 1}, {status: 201}); return r.status + r.headers.get('content-type') + await r.text()"))
        .isEqualTo("201application/json{\"a\":1}");
    assertThat(eval("Response.json(undefined)")).startsWith("ERROR TypeError");
  }

  @Test
  void fetchRejectsWithoutAnOutboundHandler() {
    assertThat(evalAsync("await fetch('https://example.com/'); return 'no'")).startsWith("REJECTED TypeError").contains("example.com");
    assertThat(evalAsync("await fetch('bad url'); return 'no'")).startsWith("REJECTED TypeError");
  }
}
