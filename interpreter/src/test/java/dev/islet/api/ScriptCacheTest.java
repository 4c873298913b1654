package dev.islet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.islet.parser.SyntaxErrorException;
import dev.islet.source.Source;
import org.junit.jupiter.api.Test;

class ScriptCacheTest {
  @Test
  void aScriptCompiledTwiceIsKeptAndSharedFromThenOn() {
    Source source = new Source("shared.js", "var n = (typeof n === 'number' ? n : 0) + 1; n");
    ScriptCache.compile(source);
    var second = ScriptCache.compile(new Source("shared.js", source.text()));
    assertThat(ScriptCache.compile(new Source("shared.js", source.text()))).isSameAs(second);
    // Another name is another script (stack traces name it).
    assertThat(ScriptCache.compile(new Source("other.js", source.text()))).isNotSameAs(second);
  }

  @Test
  void isolatesRunningSharedCodeKeepTheirOwnState() {
    String code = "var log = (typeof log === 'undefined' ? [] : log); log.push(`${log.length}`);"
        + " var o = {k: log.length}; /x(\\d)/.exec('x' + o.k)[1] + ':' + log.join('')";
    try (Isolate a = Isolate.create(); Isolate b = Isolate.create()) {
      assertThat(a.evaluate("state.js", code).value()).isEqualTo("1:0");
      assertThat(a.evaluate("state.js", code).value()).isEqualTo("2:01");
      assertThat(b.evaluate("state.js", code).value()).isEqualTo("1:0");
      assertThat(a.evaluate("state.js", code).value()).isEqualTo("3:012");
    }
  }

  @Test
  void syntaxErrorsAreReportedEveryTime() {
    Source bad = new Source("bad.js", "var = 1;");
    assertThatThrownBy(() -> ScriptCache.compile(bad)).isInstanceOf(SyntaxErrorException.class);
    assertThatThrownBy(() -> ScriptCache.compile(bad)).isInstanceOf(SyntaxErrorException.class);
  }
}
