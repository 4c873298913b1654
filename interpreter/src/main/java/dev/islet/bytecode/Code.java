package dev.islet.bytecode;

/**
 * One compiled function (or script, module, eval code): immutable, so every isolate that runs the
 * same source can share it. Per-isolate state (inline caches, template objects) lives in
 * {@code dev.islet.vm.FunctionInstance}.
 *
 * <p>Registers and the operand stack share one frame array: registers are [0, registerCount), the
 * stack grows above them up to {@code registerCount + maxStack}.
 */
public final class Code {
  public final int[] ops;
  public final Object[] constants;
  /** Exception handlers, four ints each: start pc (inclusive), end pc (exclusive), handler pc, stack depth. Inner handlers first. */
  public final int[] handlers;
  public final int registerCount;
  /** Registers [0, localCount) hold bindings and start undefined; the rest are temporaries, written before read. */
  public final int localCount;
  public final int maxStack;
  public final int cacheCount;
  /** Pairs (pc, source offset), in pc order, for error positions and stack traces. */
  public final int[] positions;
  public final FunctionTemplate template;

  public Code(int[] ops, Object[] constants, int[] handlers, int registerCount, int localCount, int maxStack, int cacheCount,
      int[] positions, FunctionTemplate template) {
    this.ops = ops;
    this.constants = constants;
    this.handlers = handlers;
    this.registerCount = registerCount;
    this.localCount = localCount;
    this.maxStack = maxStack;
    this.cacheCount = cacheCount;
    this.positions = positions;
    this.template = template;
  }

  /** The source offset of the instruction at {@code pc}, or -1. */
  public int offsetAt(int pc) {
    int[] p = positions;
    int lo = 0;
    int hi = p.length / 2 - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (p[mid * 2] <= pc) {
        best = p[mid * 2 + 1];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  /** The handler pc for an exception at {@code pc} and the stack depth to restore, packed as (depth << 32 | target); -1 if none. */
  public long handlerFor(int pc) {
    int[] h = handlers;
    for (int i = 0; i < h.length; i += 4) {
      if (h[i] <= pc && pc < h[i + 1]) {
        return ((long) h[i + 3] << 32) | (h[i + 2] & 0xFFFF_FFFFL);
      }
    }
    return -1;
  }
}
