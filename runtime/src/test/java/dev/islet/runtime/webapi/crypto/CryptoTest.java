package dev.islet.runtime.webapi.crypto;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static dev.islet.runtime.webapi.WebApiScripts.evalAsync;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CryptoTest {
  @Test
  void randomValuesAndUuids() {
    assertThat(eval("var a = crypto.getRandomValues(new Uint32Array(8)); a.some(x => x !== 0)")).isEqualTo("true");
    assertThat(eval("crypto.getRandomValues(new Float64Array(1))")).startsWith("ERROR TypeMismatchError");
    assertThat(eval("crypto.getRandomValues(new Uint8Array(65537))")).startsWith("ERROR QuotaExceededError");
    assertThat(eval("crypto.getRandomValues(null)")).startsWith("ERROR TypeError");
    assertThat(eval("/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID())")).isEqualTo("true");
  }

  @Test
  void digestsAndBadAlgorithms() {
    assertThat(evalAsync("var d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));"
        + " return [...new Uint8Array(d)].slice(0, 4).map(b => b.toString(16).padStart(2, '0')).join('')")).isEqualTo("ba7816bf");
    assertThat(evalAsync("await crypto.subtle.digest('MD5', new Uint8Array(1))")).startsWith("REJECTED NotSupportedError");
    assertThat(evalAsync("await crypto.subtle.digest('SHA-1', 'text')")).startsWith("REJECTED TypeError");
  }

  @Test
  void hmacSignVerifyAndTimingSafeEqual() {
    assertThat(evalAsync("var k = await crypto.subtle.importKey('raw', new TextEncoder().encode('key'), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign', 'verify']);"
        + " var data = new TextEncoder().encode('The quick brown fox jumps over the lazy dog');"
        + " var sig = await crypto.subtle.sign('HMAC', k, data);"
        + " var hex = [...new Uint8Array(sig)].map(b => b.toString(16).padStart(2, '0')).join('');"
        + " return hex.slice(0, 8) + ' ' + await crypto.subtle.verify('HMAC', k, sig, data) + ' ' + k.algorithm.hash.name"))
        .isEqualTo("f7bc83f4 true SHA-256");
    assertThat(evalAsync("var k = await crypto.subtle.importKey('raw', new Uint8Array([1]), {name: 'HMAC', hash: 'SHA-1'}, false, ['verify']);"
        + " await crypto.subtle.sign('HMAC', k, new Uint8Array(0))")).startsWith("REJECTED InvalidAccessError");
    assertThat(eval("crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))")).isEqualTo("true");
    assertThat(eval("crypto.subtle.timingSafeEqual(new Uint8Array([1]), new Uint8Array([1, 2]))")).startsWith("ERROR TypeError");
  }
}
