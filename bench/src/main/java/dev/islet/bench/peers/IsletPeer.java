package dev.islet.bench.peers;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.RunResult;

/**
 * islet through its embedding API, as a host runs a program: one {@link Isolate}, scripts by
 * {@link Isolate#evaluate}, global functions by {@link Isolate#callGlobal}. The isolate keeps its
 * accounting on (instruction charges, heap charges, live-set measurement past the memory limit) with
 * limits a long benchmark cannot reach: no CPU limit and {@value #MEMORY_LIMIT_MIB} MiB of heap, so a
 * figure is islet's cost with its limits in place, not with them switched off.
 */
final class IsletPeer implements JsPeer {
  static final int MEMORY_LIMIT_MIB = 1024;
  static final IsolateOptions OPTIONS = IsolateOptions.defaults()
      .withCpuTimeLimit(0)
      .withMemoryLimit((long) MEMORY_LIMIT_MIB << 20);

  private final Isolate isolate = Isolate.create(OPTIONS);

  @Override
  public void eval(String fileName, String source) {
    check(fileName, isolate.evaluate(fileName, source));
  }

  @Override
  public Call function(String name) {
    return () -> check(name, isolate.callGlobal(name)).value();
  }

  @Override
  public String note() {
    return "no CPU limit, " + MEMORY_LIMIT_MIB + " MiB memory limit";
  }

  /** A run that did not end OK fails the trial with the JS error, as the other peers' exceptions do. */
  private static RunResult check(String what, RunResult r) {
    if (!r.isOk()) {
      String error = r.error() == null ? "" : ": " + r.error() + (r.error().stack().isEmpty() ? "" : "\n" + r.error().stack());
      throw new IllegalStateException(what + " ended with " + r.outcome().jsName() + error
          + (r.detail() == null ? "" : " (" + r.detail() + ")"));
    }
    return r;
  }

  @Override
  public void close() {
    isolate.close();
  }
}
