package dev.islet.builtins.keyed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.realm.Realm;
import dev.islet.values.Rope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedHashTableTest {
  private final Realm realm = Isolate.create().realm();

  private static List<Object> drain(OrderedHashTable t, OrderedHashTable.Cursor c) {
    List<Object> out = new ArrayList<>();
    for (int i = c.next(); i >= 0; i = c.next()) {
      out.add(t.keyAt(i));
    }
    return out;
  }

  @Test
  void numbersCompareBySameValueZero() {
    OrderedHashTable t = new OrderedHashTable(true);
    t.put(realm, -0.0, "zero");
    t.put(realm, Double.NaN, "nan");
    t.put(realm, 2.0, "two");
    assertThat(t.get(0)).isEqualTo("zero");
    assertThat(t.get(Double.longBitsToDouble(0x7ff8000000000123L))).isEqualTo("nan");
    assertThat(t.get(2)).isEqualTo("two");
    assertThat(t.keyAt(0)).isEqualTo(0);
    assertThat(t.size()).isEqualTo(3);
  }

  @Test
  void ropesAndStringsAreTheSameKey() {
    OrderedHashTable t = new OrderedHashTable(false);
    String a = "a".repeat(2000);
    t.put(realm, a + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", null);
    CharSequence rope = Rope.concat(new dev.islet.heap.Heap(0), a, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    assertThat(rope).isInstanceOf(Rope.class);
    assertThat(t.has(rope)).isTrue();
  }

  @Test
  void cursorSurvivesCompactionAndGrowth() {
    OrderedHashTable t = new OrderedHashTable(false);
    for (int i = 0; i < 10; i++) {
      t.put(realm, i, null);
    }
    OrderedHashTable.Cursor c = t.cursor();
    for (int i = 0; i < 6; i++) {
      c.next();
    }
    for (int i = 0; i < 8; i++) {
      t.remove(i);
    }
    for (int i = 10; i < 100; i++) {
      t.put(realm, i, null);
    }
    List<Object> rest = drain(t, c);
    assertThat(rest).hasSize(92);
    assertThat(rest.get(0)).isEqualTo(8);
    assertThat(rest.get(91)).isEqualTo(99);
  }

  @Test
  void cursorSurvivesSeveralCompactionsWithoutSteppingInBetween() {
    OrderedHashTable t = new OrderedHashTable(false);
    for (int i = 0; i < 8; i++) {
      t.put(realm, i, null);
    }
    OrderedHashTable.Cursor c = t.cursor();
    for (int i = 0; i < 6; i++) {
      c.next(); // parked before entry 6
    }
    int next = 8;
    for (int round = 0; round < 4; round++) {
      // Delete entries before and after the cursor, then refill until the table compacts.
      for (int i = 0; i < next; i++) {
        if (i != 6 && (i % 3 != 0 || round > 0)) {
          t.remove(i);
        }
      }
      for (int k = 0; k < 12; k++) {
        t.put(realm, next++, null);
      }
    }
    List<Object> expected = new ArrayList<>();
    for (int i = 6; i < next; i++) {
      if (t.has(i)) {
        expected.add(i);
      }
    }
    assertThat(drain(t, c)).isEqualTo(expected);
  }

  @Test
  void cursorAfterClearSeesOnlyNewEntries() {
    OrderedHashTable t = new OrderedHashTable(false);
    t.put(realm, "a", null);
    t.put(realm, "b", null);
    OrderedHashTable.Cursor c = t.cursor();
    c.next();
    t.clear(realm);
    t.put(realm, "c", null);
    assertThat(drain(t, c)).containsExactly("c");
  }

  @Test
  void exhaustedCursorSeesLaterAppends() {
    OrderedHashTable t = new OrderedHashTable(false);
    t.put(realm, 1, null);
    OrderedHashTable.Cursor c = t.cursor();
    assertThat(drain(t, c)).containsExactly(1);
    t.put(realm, 2, null);
    assertThat(drain(t, c)).containsExactly(2);
  }
}
