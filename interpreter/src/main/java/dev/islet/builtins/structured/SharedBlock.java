package dev.islet.builtins.structured;

import java.util.ArrayList;
import java.util.List;

/**
 * The Shared Data Block of a SharedArrayBuffer: bytes that several agents (threads) may see at
 * once. A growable block is allocated at its maximum size up front, so the bytes never move while
 * another agent holds them; only {@link #length()} grows. The block is also the lock of the
 * Atomics operations on it and keeps its WaiterList records
 * (https://tc39.es/ecma262/#sec-waiterlist-records), one list per byte index.
 */
public final class SharedBlock {
  final byte[] data;
  private volatile int length;
  /** The [[ArrayBufferMaxByteLength]] of a growable block, or -1. */
  final int maxLength;
  /** Waiters by byte index (guarded by this block's monitor). */
  final java.util.HashMap<Integer, List<AtomicsWaiting.Waiter>> waiters = new java.util.HashMap<>();

  /** How many agents hold a SharedArrayBuffer over this block (1 until it is shared with another). */
  private final java.util.concurrent.atomic.AtomicInteger holders = new java.util.concurrent.atomic.AtomicInteger(1);

  SharedBlock(byte[] data, int length, int maxLength) {
    this.data = data;
    this.length = length;
    this.maxLength = maxLength;
  }

  /** Records that one more agent holds this block. */
  void addHolder() {
    holders.incrementAndGet();
  }

  /** True once another agent holds this block: only then can someone else notify a waiter of an idle agent. */
  boolean isSharedWithOtherAgents() {
    return holders.get() > 1;
  }

  public int length() {
    return length;
  }

  /** Grows the length to {@code newLength} unless another agent made it longer meanwhile; false then. */
  synchronized boolean grow(int newLength) {
    if (newLength < length) {
      return false;
    }
    length = newLength;
    return true;
  }

  /** The waiter list for {@code byteIndex}, created on demand (caller holds the monitor). */
  List<AtomicsWaiting.Waiter> waitersAt(int byteIndex) {
    return waiters.computeIfAbsent(byteIndex, k -> new ArrayList<>());
  }
}
