package dev.islet.redteam;

import dev.islet.api.Outcome;
import org.junit.jupiter.api.Test;

/**
 * One huge request, checked before anything is allocated: a RangeError where the spec has a length
 * limit, otherwise exceededMemory at once (a single request bigger than the limit, or a buffer a
 * built-in fills that the live set cannot see).
 */
class LargeRequestAttackTest {
  private static void refusedAtOnce(String source) {
    Attack.of(source).endsWith(Outcome.EXCEEDED_MEMORY).detailContains("single allocation").tookLessCpuThan(1_000);
  }

  @Test
  void anArrayBufferOfTwoGigabytes() {
    Attack.of("new ArrayBuffer(2 ** 31);").throwsJs("RangeError").tookLessCpuThan(1_000);
    refusedAtOnce("new ArrayBuffer(2 ** 30);");
    refusedAtOnce("new Float64Array(1e8);");
  }

  @Test
  void aRepeatOfTwoHundredMillionChars() {
    refusedAtOnce("'x'.repeat(2 ** 28);");
    refusedAtOnce("'x'.padStart(2 ** 28, 'ab');");
    Attack.of("'x'.repeat(2 ** 30);").throwsJs("RangeError");
  }

  @Test
  void aBillionElementsFilled() {
    refusedAtOnce("new Array(1e9).fill(0);");
    Attack.of("new Array(2 ** 32 - 1).fill(0);").endsWith(Outcome.EXCEEDED_MEMORY);
    Attack.of("Array.prototype.fill.call({ length: 2 ** 53 - 1 }, 1);").endsWith(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void joinOfAHugeArray() {
    Attack.of("new Array(1e8).join('abc');").endsWith(Outcome.EXCEEDED_MEMORY);
    Attack.of("new Array(1e6).fill('x'.repeat(1000)).join('');").endsWith(Outcome.EXCEEDED_MEMORY);
    Attack.of("var a = []; a.length = 2 ** 32 - 1; a.join();").endsWith(Outcome.EXCEEDED_MEMORY);
    Attack.of("var a = []; a.length = 2 ** 32 - 1; String(a);").endsWith(Outcome.EXCEEDED_MEMORY);
    Attack.of("new Uint8Array(1e7).join();").endsWith(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void copiesOfAHugeArrayLike() {
    for (String call : new String[] {"Array.from({ length: 2 ** 32 - 1 })", "Array.prototype.toReversed.call({ length: 2 ** 32 - 1 })",
        "Array.prototype.with.call({ length: 2 ** 32 - 1 }, 0, 1)", "Array.prototype.toSpliced.call({ length: 2 ** 32 - 1 })",
        "Array.prototype.toSorted.call({ length: 2 ** 32 - 1 })", "'x'.repeat(1e7).split('')"}) {
      Attack.of(call).endsWith(Outcome.EXCEEDED_MEMORY);
    }
  }

  @Test
  void stringsPastTheLengthLimitAreRangeErrors() {
    Attack.of("'x'.padEnd(2 ** 53 - 1, 'yz');").throwsJs("RangeError");
    Attack.of("var s = 'x'.repeat(2 ** 20); for (;;) s += s;").throwsJs("RangeError");
    Attack.of("String.raw({ raw: { length: 2 ** 32 } }, 1);").endsWith(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void hugeBigIntsAreRangeErrors() {
    Attack.of("2n ** 100000000n;").throwsJs("RangeError");
    Attack.of("1n << 10000000000n;").throwsJs("RangeError");
    Attack.of("var x = 2n; for (;;) x = x * x;").throwsJs("RangeError");
  }
}
