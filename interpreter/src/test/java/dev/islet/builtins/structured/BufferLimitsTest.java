package dev.islet.builtins.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import org.junit.jupiter.api.Test;

/** Huge buffers and arrays fail before the JVM allocates them (issue 4): a RangeError or the memory limit. */
class BufferLimitsTest {
  private static RunResult run(String source) {
    try (Isolate isolate = Isolate.create(IsolateOptions.defaults().withMemoryLimit(64L << 20))) {
      return isolate.evaluate("limits.js", source);
    }
  }

  @Test
  void arrayBufferPastTheEngineLimitIsARangeError() {
    RunResult r = run("new ArrayBuffer(2 ** 31)");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("RangeError");
  }

  @Test
  void arrayBufferPastTheHeapLimitEndsTheIsolate() {
    assertThat(run("new ArrayBuffer(2 ** 30)").outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
    assertThat(run("new Uint8Array(1e9)").outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void hugeTypedArrayLengthIsARangeError() {
    RunResult r = run("new Float64Array(2 ** 29)");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("RangeError");
  }

  @Test
  void fillingAHugeArrayEndsTheIsolate() {
    assertThat(run("new Array(1e9).fill(0)").outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void growingAResizableBufferIsCharged() {
    String src = "var b = new ArrayBuffer(0, {maxByteLength: 2 ** 30}); b.resize(2 ** 30)";
    assertThat(run(src).outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void manyBuffersAddUp() {
    String src = "var keep = []; for (var i = 0; i < 1000; i++) keep.push(new ArrayBuffer(1 << 20));";
    assertThat(run(src).outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void sortingAHugeArrayLikeRunsOutOfBudget() {
    try (Isolate isolate = Isolate.create(IsolateOptions.defaults().withInstructionLimit(5_000_000))) {
      RunResult r = isolate.evaluate("sort.js", "Array.prototype.sort.call({length: 2 ** 40})");
      assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
    }
  }
}
