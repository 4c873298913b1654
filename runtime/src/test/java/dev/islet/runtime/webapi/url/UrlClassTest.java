package dev.islet.runtime.webapi.url;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlClassTest {
  @Test
  void parsesAndSerializes() {
    assertThat(eval("new URL('HTTP://EXAMPLE.com:80/a/../b?x=1#f').href")).isEqualTo("http://example.com/b?x=1#f");
    assertThat(eval("new URL('../c', 'https://h/a/b').href")).isEqualTo("https://h/c");
    assertThat(eval("new URL('https://user:pa ss@h:8080/p').password")).isEqualTo("pa%20ss");
    assertThat(eval("new URL('file:///C:/x/../y').href")).isEqualTo("file:///C:/y");
    assertThat(eval("new URL('http://[::1]:81/').host")).isEqualTo("[::1]:81");
    assertThat(eval("new URL('http://0x7f.1/').hostname")).isEqualTo("127.0.0.1");
    assertThat(eval("new URL('mailto:a@b').pathname")).isEqualTo("a@b");
    assertThat(eval("new URL('https://h/?q=a b').search")).isEqualTo("?q=a%20b");
    assertThat(eval("new URL('https://EXAMPLE.org/').origin")).isEqualTo("https://example.org");
  }

  @Test
  void invalidUrlThrowsTypeErrorNamingTheInput() {
    assertThat(eval("new URL('not a url')")).startsWith("ERROR TypeError").contains("'not a url'");
    assertThat(eval("new URL('/x', 'nope')")).startsWith("ERROR TypeError").contains("'nope'");
    assertThat(eval("new URL('http://exa mple.com/')")).startsWith("ERROR TypeError");
    assertThat(eval("new URL('http://1.2.3.256/')")).startsWith("ERROR TypeError");
    assertThat(eval("new URL('http://[1::2::3]/')")).startsWith("ERROR TypeError");
    assertThat(eval("URL('https://a/')")).startsWith("ERROR TypeError");
  }

  @Test
  void internationalDomainsGoThroughUts46() {
    assertThat(eval("new URL('https://faß.ExAmPlE/').host")).isEqualTo("xn--fa-hia.example");
    assertThat(eval("new URL('https://Ｅｘａｍｐｌｅ。com/').host")).isEqualTo("example.com");
    assertThat(eval("new URL('https://\u05d0\u05d1.com/').host")).isEqualTo("xn--4dbc.com");
    assertThat(eval("new URL('https://xn--a.com/')")).startsWith("ERROR TypeError");
    assertThat(eval("new URL('https://a\u200db.com/')")).startsWith("ERROR TypeError");
    assertThat(eval("new URL('https://\u05d0a.com/')")).startsWith("ERROR TypeError");
  }

  @Test
  void staticParseAndCanParse() {
    assertThat(eval("URL.parse('x') === null && URL.canParse('https://a/') && !URL.canParse('x', 'y')")).isEqualTo("true");
    assertThat(eval("URL.parse('b', 'https://a/').href")).isEqualTo("https://a/b");
  }

  @Test
  void settersFollowTheStateOverrides() {
    assertThat(eval("var u = new URL('https://a.com/p'); u.protocol = 'http'; u.port = '8080'; u.pathname = 'x y'; u.hash = '#h'; u.href"))
        .isEqualTo("http://a.com:8080/x%20y#h");
    assertThat(eval("var u = new URL('https://a.com/'); u.protocol = 'foo'; u.href")).isEqualTo("https://a.com/");
    assertThat(eval("var u = new URL('https://a.com/'); u.port = '99999'; u.port")).isEqualTo("");
    assertThat(eval("var u = new URL('https://a.com/'); u.href = 'bad'")).startsWith("ERROR TypeError");
  }

  @Test
  void searchParamsAreLive() {
    assertThat(eval("var u = new URL('https://a/?b=1&a=2'); u.searchParams.append('c', 'x y'); u.searchParams.sort(); u.search"))
        .isEqualTo("?a=2&b=1&c=x+y");
    assertThat(eval("var u = new URL('https://a/?b=1'); var p = u.searchParams; u.search = '?z=9'; p.get('z') + p.has('b')"))
        .isEqualTo("9false");
    assertThat(eval("var u = new URL('https://a/?b=1'); u.searchParams.delete('b'); u.href")).isEqualTo("https://a/");
  }

  @Test
  void searchParamsConstructorForms() {
    assertThat(eval("new URLSearchParams('?a=1&a=2&b=%20').getAll('a').join() + '|' + new URLSearchParams('b=%20').get('b')"))
        .isEqualTo("1,2| ");
    assertThat(eval("new URLSearchParams([['x', '1'], ['y', '2']]).toString()")).isEqualTo("x=1&y=2");
    assertThat(eval("new URLSearchParams({k: 'v', 'é': '&'}).toString()")).isEqualTo("k=v&%C3%A9=%26");
    assertThat(eval("new URLSearchParams([['x']])")).startsWith("ERROR TypeError");
    assertThat(eval("[...new URLSearchParams('a=1&b=2').keys()].join() + new URLSearchParams('a=1').size")).isEqualTo("a,b1");
  }
}
