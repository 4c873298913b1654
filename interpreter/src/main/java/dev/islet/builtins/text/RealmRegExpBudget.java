package dev.islet.builtins.text;

import dev.islet.realm.Realm;
import dev.islet.regexp.RegExpBudget;

/**
 * Bridges the matcher's {@link RegExpBudget} to the isolate: steps go to the CPU budget (which
 * ends a catastrophic match with the CPU-limit termination), and backtracking-stack growth is
 * charged to the heap while the match runs and given back when it ends.
 */
final class RealmRegExpBudget implements RegExpBudget {
  private final Realm realm;
  private long memory;

  RealmRegExpBudget(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void charge(long steps) {
    realm.agent.budget.charge(steps);
  }

  @Override
  public void chargeMemory(long bytes) {
    realm.heap.charge(bytes);
    memory += bytes;
  }

  /** Returns the stack memory of the match that just ended. */
  void release() {
    if (memory != 0) {
      realm.heap.release(memory);
      memory = 0;
    }
  }
}
