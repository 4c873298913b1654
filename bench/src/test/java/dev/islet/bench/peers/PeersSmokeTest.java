package dev.islet.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.islet.bench.macro.OctaneProgram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each peer runs on this JDK: a small script, then Octane's Richards with its own result check. */
class PeersSmokeTest {
  @ParameterizedTest
  @ValueSource(strings = {JsPeer.ISLET, JsPeer.RHINO_INTERPRETED, JsPeer.RHINO_COMPILED, JsPeer.NASHORN, JsPeer.GRAALJS})
  void runsAScriptAndCallsAGlobalFunction(String engine) {
    assumeTrue(JsPeer.runsOnThisJdk(engine), engine + " does not run on JDK " + Runtime.version());
    try (JsPeer peer = JsPeer.create(engine)) {
      peer.eval("smoke.js", "var n = 0; function next() { n = n + 1; return [1, 2, 3].map(function (x) { return x * n; }).join(','); }");
      peer.function("next").call();
      assertThat(String.valueOf(peer.function("next").call())).isEqualTo("2,4,6");
      assertThatThrownBy(() -> peer.eval("bad.js", "throw new Error('expected')")).hasMessageContaining("expected");
      assertThatThrownBy(() -> peer.function("next2").call()).isInstanceOf(RuntimeException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {JsPeer.ISLET, JsPeer.RHINO_INTERPRETED, JsPeer.RHINO_COMPILED, JsPeer.NASHORN, JsPeer.GRAALJS})
  void runsRichardsAndDeltaBlueWithTheirChecks(String engine) {
    assumeTrue(JsPeer.runsOnThisJdk(engine), engine + " does not run on JDK " + Runtime.version());
    try (JsPeer peer = OctaneProgram.load(engine, "richards.js")) {
      peer.function("runRichards").call();
    }
    try (JsPeer peer = OctaneProgram.load(engine, "deltablue.js")) {
      peer.function("deltaBlue").call();
    }
  }
}
