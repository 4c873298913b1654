package dev.islet.bench.isolate;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.RunResult;
import dev.islet.bench.Octane;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What the limits cost (issue 4's bar: at most 5%): Octane Richards and DeltaBlue in one islet
 * isolate with {@code budgets} on (a CPU-time limit, an instruction limit and a memory limit, none
 * reachable by the run, so every check runs: instruction polls read the thread's CPU time, heap
 * charges are compared with the limit) or off ({@code Budget.setEnabled(false)}, no limits). One
 * operation is one call of the program's run function, as in {@code dev.islet.bench.macro}.
 *
 * <p>JMH times wall-clock iterations one trial after the other, so on a shared, loaded machine the two
 * settings see different loads. {@link #main} measures the same thing robustly: both isolates in one
 * JVM, batches alternating between them, timed by the thread's CPU time
 * ({@code java -cp bench/target/benchmarks.jar dev.islet.bench.isolate.BudgetOverhead [ROUNDS]}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BudgetOverhead {
  @Param({"on", "off"})
  public String budgets;

  private Isolate isolate;
  private String run;

  static Isolate isolate(boolean budgets) {
    IsolateOptions on = IsolateOptions.defaults()
        .withMemoryLimit(1L << 30)
        .withCpuTimeLimit(3_600_000)
        .withInstructionLimit(Long.MAX_VALUE / 2);
    IsolateOptions off = IsolateOptions.defaults().withMemoryLimit(0).withCpuTimeLimit(0).withInstructionLimit(0);
    Isolate isolate = Isolate.create(budgets ? on : off);
    if (!budgets) {
      isolate.realm().agent.budget.setEnabled(false);
    }
    return isolate;
  }

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    String file = method.equals("richards") ? "richards.js" : "deltablue.js";
    run = method.equals("richards") ? "runRichards" : "deltaBlue";
    isolate = isolate(budgets.equals("on"));
    check(isolate.evaluate("base.js", Octane.read("base.js")));
    check(isolate.evaluate(file, Octane.read(file)));
    check(isolate.evaluate("reset-rng.js", "BenchmarkSuite.ResetRNG();"));
    check(isolate.callGlobal(run)); // the programs check their own results: a wrong engine fails here
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    isolate.close();
  }

  @Benchmark
  public Object richards() {
    return check(isolate.callGlobal(run));
  }

  @Benchmark
  public Object deltaBlue() {
    return check(isolate.callGlobal(run));
  }

  /** Prints each program's CPU time per run with budgets on and off, alternating batches of 5 runs. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (String[] program : new String[][] {{"richards", "richards.js", "runRichards"}, {"deltaBlue", "deltablue.js", "deltaBlue"}}) {
      Isolate[] isolates = {isolate(true), isolate(false)};
      long[] nanos = new long[2];
      long[] runs = new long[2];
      for (Isolate isolate : isolates) {
        check(isolate.evaluate("base.js", Octane.read("base.js")));
        check(isolate.evaluate(program[1], Octane.read(program[1])));
        check(isolate.evaluate("reset-rng.js", "BenchmarkSuite.ResetRNG();"));
      }
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 2; k++) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < 5; i++) {
            check(isolates[k].callGlobal(program[2]));
          }
          if (r >= rounds / 3) { // the first third warms up
            nanos[k] += threads.getCurrentThreadCpuTime() - start;
            runs[k] += 5;
          }
        }
      }
      double on = nanos[0] / 1e6 / runs[0];
      double off = nanos[1] / 1e6 / runs[1];
      System.out.printf(java.util.Locale.ROOT, "%s: budgets on %.2f ms, off %.2f ms of CPU per run: overhead %.1f%%%n",
          program[0], on, off, (on / off - 1) * 100);
      for (Isolate isolate : isolates) {
        isolate.close();
      }
    }
  }

  private static RunResult check(RunResult r) {
    if (!r.isOk()) {
      throw new IllegalStateException("ended with " + r.outcome().jsName() + ": " + r.error() + " " + r.detail());
    }
    return r;
  }
}
