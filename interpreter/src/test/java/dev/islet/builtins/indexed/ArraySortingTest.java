package dev.islet.builtins.indexed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.islet.api.Isolate;
import dev.islet.realm.Realm;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArraySortingTest {
  private static int[] sort(int[] keys) {
    try (Isolate isolate = Isolate.create(); ScratchMemory mem = new ScratchMemory(isolate.realm())) {
      Realm realm = isolate.realm();
      return ArraySorting.sortIndices(realm, mem, keys.length, (i, j) -> Integer.compare(keys[i], keys[j]));
    }
  }

  @Test
  void sortsStablyLikeAMergeSort() {
    Random random = new Random(42);
    for (int n : new int[] {0, 1, 2, 23, 24, 25, 100, 1000, 4097}) {
      int[] keys = new int[n];
      for (int i = 0; i < n; i++) {
        keys[i] = random.nextInt(n / 4 + 1);
      }
      Integer[] expected = new Integer[n];
      for (int i = 0; i < n; i++) {
        expected[i] = i;
      }
      Arrays.sort(expected, Comparator.comparingInt(i -> keys[i]));
      assertThat(sort(keys)).as("n = %d", n).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void sortedInputNeedsFewComparisons() {
    int n = 10_000;
    int[] count = {0};
    try (Isolate isolate = Isolate.create(); ScratchMemory mem = new ScratchMemory(isolate.realm())) {
      int[] order = ArraySorting.sortIndices(isolate.realm(), mem, n, (i, j) -> {
        count[0]++;
        return Integer.compare(i, j);
      });
      assertThat(order[n - 1]).isEqualTo(n - 1);
    }
    // Binary insertion within runs, then one comparison per merge of runs already in order.
    assertThat(count[0]).isLessThan(6 * n);
  }

  @Test
  void aComparatorExceptionPropagates() {
    try (Isolate isolate = Isolate.create(); ScratchMemory mem = new ScratchMemory(isolate.realm())) {
      assertThatThrownBy(() -> ArraySorting.sortIndices(isolate.realm(), mem, 100, (i, j) -> {
        throw new IllegalArgumentException("boom");
      })).hasMessage("boom");
    }
  }
}
