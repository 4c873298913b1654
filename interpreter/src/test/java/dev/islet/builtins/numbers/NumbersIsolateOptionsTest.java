package dev.islet.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The agent settings behind Date and Math.random: clock, local time zone and random generator. */
class NumbersIsolateOptionsTest {

  private static Object eval(Isolate isolate, String source) {
    RunResult r = isolate.evaluate("test.js", source);
    assertThat(r.outcome()).as("%s", r.detail()).isEqualTo(Outcome.OK);
    return r.value();
  }

  @Test
  void dateNowAndNewDateReadTheAgentsTimeSource() {
    try (Isolate isolate = Isolate.create()) {
      isolate.setClock(() -> 1_000_000_000_000L);
      assertThat(eval(isolate, "Date.now()")).isEqualTo(1e12);
      assertThat(eval(isolate, "new Date().getTime()")).isEqualTo(1e12);
      assertThat(eval(isolate, "Date()")).isEqualTo("Sun Sep 09 2001 01:46:40 GMT+0000 (Coordinated Universal Time)");
    }
  }

  @Test
  void theLocalTimeZoneIsUtcUnlessTheHostSetsOne() {
    try (Isolate isolate = Isolate.create()) {
      assertThat(eval(isolate, "new Date(2024, 6, 1).getTimezoneOffset()")).isEqualTo(0.0);
      isolate.setTimeZone(ZoneId.of("Europe/Berlin"));
      assertThat(eval(isolate, "new Date(2024, 6, 1).getTimezoneOffset()")).isEqualTo(-120.0);
      assertThat(eval(isolate, "new Date(2024, 0, 1).getTimezoneOffset()")).isEqualTo(-60.0);
      assertThat(eval(isolate, "new Date(2024, 6, 1, 12).toString()"))
          .isEqualTo("Mon Jul 01 2024 12:00:00 GMT+0200 (Central European Summer Time)");
      assertThat(eval(isolate, "new Date(2024, 6, 1, 12).toISOString()")).isEqualTo("2024-07-01T10:00:00.000Z");
      // 02:30 on the spring-forward day does not exist: the offset before the transition applies.
      assertThat(eval(isolate, "new Date(2024, 2, 31, 2, 30).toISOString()")).isEqualTo("2024-03-31T01:30:00.000Z");
      // A local ISO date-time is local; a date-only form is UTC.
      assertThat(eval(isolate, "Date.parse('2024-07-01T12:00')")).isEqualTo(1.7198280e12);
      assertThat(eval(isolate, "Date.parse('2024-07-01')")).isEqualTo(1.7197920e12);
    }
  }

  @Test
  void mathRandomIsPerIsolateAndCanBeSeeded() {
    try (Isolate a = Isolate.create(); Isolate b = Isolate.create()) {
      a.realm().agent.setRandomSeed(7);
      b.realm().agent.setRandomSeed(7);
      String script = "var s = []; for (var i = 0; i < 5; i++) s.push(Math.random()); s.join()";
      Object first = eval(a, script);
      assertThat(eval(b, script)).isEqualTo(first);
      assertThat(eval(a, script)).isNotEqualTo(first);
    }
    try (Isolate c = Isolate.create(); Isolate d = Isolate.create()) {
      assertThat(eval(c, "Math.random()")).isNotEqualTo(eval(d, "Math.random()"));
    }
  }

  @Test
  void hugeBigIntWorkIsBoundedAndCharged() {
    try (Isolate isolate = Isolate.create(IsolateOptions.defaults().withInstructionLimit(2_000_000))) {
      RunResult r = isolate.evaluate("t.js", "String(2n ** 1000000n).length");
      assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
    }
    try (Isolate isolate = Isolate.create()) {
      assertThat(eval(isolate, "String(2n ** 100000n).length")).isEqualTo(30103.0);
      RunResult r = isolate.evaluate("t.js", "2n ** 2000000n");
      assertThat(r.error().name()).isEqualTo("RangeError");
      // Half a million digits, without relying on String.prototype.repeat.
      eval(isolate, "var nines = '9'; while (nines.length < 400000) nines += nines; nines.length");
      r = isolate.evaluate("t.js", "BigInt(nines)");
      assertThat(r.error().name()).isEqualTo("RangeError");
      assertThat(eval(isolate, "1n < nines")).isEqualTo(true);
      assertThat(eval(isolate, "1n > '-' + nines")).isEqualTo(true);
      assertThat(eval(isolate, "1n == nines")).isEqualTo(false);
    }
  }
}
