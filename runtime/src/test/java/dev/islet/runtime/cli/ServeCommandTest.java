package dev.islet.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.islet.runtime.http.ServeHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** islet serve's arguments and the errors it exits with before serving. */
class ServeCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void defaultsAreLoopbackPort8787AndNoOutbound() {
    ServeHost.Settings s = ServeCommand.parse(new String[] {"serve", "host.js"});
    assertThat(s.hostFile()).isEqualTo(Path.of("host.js"));
    assertThat(s.bindHost()).isEqualTo("127.0.0.1");
    assertThat(s.port()).isEqualTo(8787);
    assertThat(s.allowNet()).isEmpty();
    assertThat(s.requestLog()).isTrue();
  }

  @Test
  void allowNetTakesSeveralHostsAndLists() {
    ServeHost.Settings s = ServeCommand.parse(new String[] {"serve", "--allow-net", "a.com", "b.org,c.net", "host.js", "--port", "0",
        "--host", "0.0.0.0", "--cpu-limit", "50", "--memory-limit", "64m", "--quiet"});
    assertThat(s.allowNet()).containsExactly("a.com", "b.org", "c.net");
    assertThat(s.hostFile()).isEqualTo(Path.of("host.js"));
    assertThat(s.port()).isZero();
    assertThat(s.bindHost()).isEqualTo("0.0.0.0");
    assertThat(s.cpuMs()).isEqualTo(50);
    assertThat(s.memoryLimitBytes()).isEqualTo(64L << 20);
    assertThat(s.requestLog()).isFalse();
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(run("serve")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("islet serve: no host worker given").contains("usage: islet serve HOST.js");
    assertThat(run("serve", "h.js", "--port", "99999")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port needs a port number (0-65535), not '99999'");
    assertThatThrownBy(() -> ServeCommand.parse(new String[] {"serve", "a.js", "b.js"})).hasMessage("unexpected argument 'b.js'");
  }

  @Test
  void aMissingHostFileFailsBeforeServing() {
    assertThat(run("serve", dir.resolve("nope.js").toString(), "--port", "0")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("islet serve: no such file: ");
  }

  @Test
  void aHostThatIsNotAnEsModuleIsRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("host.cjs"), "module.exports = {};");
    assertThat(run("serve", f.toString(), "--port", "0")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("the host worker must be an ES module (.js or .mjs)");
  }
}
