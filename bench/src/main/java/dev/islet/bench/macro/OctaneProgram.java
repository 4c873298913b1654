package dev.islet.bench.macro;

import dev.islet.bench.Octane;
import dev.islet.bench.peers.JsPeer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * A whole Octane program run by each engine behind {@code @Param engine}, the way Octane's own
 * {@code base.js} runs it: per trial, {@code base.js} and the program are loaded into a fresh engine,
 * the deterministic {@code Math.random} is reset ({@code BenchmarkSuite.ResetRNG}), the benchmark's
 * setup function runs, then its run function is called {@link Workload#checkRuns} times before
 * measuring (the programs check their own results and throw when one is wrong, so a wrong engine
 * fails the trial there), and the tear-down function (which checks too, for Splay) ends the trial.
 * One operation is one call of the run function.
 *
 * <p>A program is one subclass with one {@code @Benchmark} method per Octane {@code Benchmark}
 * entry of its suite (see the {@code new BenchmarkSuite(...)} line of each {@code .js} file):
 *
 * <pre>{@code
 * public class Richards extends OctaneProgram {
 *   public Richards() { super("richards.js", Workload.of("run", "runRichards")); }
 *   @Benchmark public Object run() { return runOnce(); }
 * }
 * }</pre>
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Dpolyglot.engine.WarnInterpreterOnly=false")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class OctaneProgram {
  @Param({JsPeer.ISLET, JsPeer.RHINO_INTERPRETED, JsPeer.RHINO_COMPILED, JsPeer.NASHORN, JsPeer.GRAALJS})
  public String engine;

  /**
   * One Octane {@code Benchmark} of a program, as {@code new Benchmark(name, …, run, setup, tearDown)}
   * declares it.
   *
   * @param method    the {@code @Benchmark} method of the subclass that measures it
   * @param run       the global function one operation calls
   * @param setup     the global function called once before (null: none)
   * @param tearDown  the global function called once after (null: none)
   * @param checkRuns calls of {@code run} before measuring, enough for the program to reach its own check
   */
  public record Workload(String method, String run, String setup, String tearDown, int checkRuns) {
    public static Workload of(String method, String run) {
      return new Workload(method, run, null, null, 1);
    }

    public Workload withSetup(String setupFunction, String tearDownFunction) {
      return new Workload(method, run, setupFunction, tearDownFunction, checkRuns);
    }

    public Workload withCheckRuns(int n) {
      return new Workload(method, run, setup, tearDown, n);
    }
  }

  private final String file;
  private final List<Workload> workloads;
  private JsPeer peer;
  private Workload workload;
  private JsPeer.Call run;

  protected OctaneProgram(String file, Workload... workloads) {
    this.file = file;
    this.workloads = List.of(workloads);
  }

  /** The program's file in the Octane folder (e.g. {@code richards.js}). */
  public final String file() {
    return file;
  }

  /** The program's benchmarks, one per {@code @Benchmark} method. */
  public final List<Workload> workloads() {
    return workloads;
  }

  /** The workload measured by the {@code @Benchmark} method {@code method}. */
  public final Workload workload(String method) {
    for (Workload w : workloads) {
      if (w.method().equals(method)) {
        return w;
      }
    }
    throw new IllegalArgumentException(getClass().getSimpleName() + " has no workload for method " + method);
  }

  /** Loads {@code base.js} and {@code file} into a fresh {@code engine} and returns it. */
  public static JsPeer load(String engine, String file) {
    JsPeer p = JsPeer.create(engine);
    try {
      p.eval("base.js", Octane.read("base.js"));
      p.eval(file, Octane.read(file));
      return p;
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
  }

  /**
   * Loads the program into {@code engine}, prepares {@code w} as Octane's {@code RunStep} does (reset
   * the random numbers, call the setup function) and runs it until it has checked its result.
   */
  public static JsPeer prepare(String engine, String file, Workload w) {
    JsPeer p = load(engine, file);
    try {
      p.eval("reset-rng.js", "BenchmarkSuite.ResetRNG();");
      if (w.setup() != null) {
        p.function(w.setup()).call();
      }
      JsPeer.Call call = p.function(w.run());
      for (int i = 0; i < w.checkRuns(); i++) {
        call.call();
      }
      return p;
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
  }

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    if (!JsPeer.runsOnThisJdk(engine)) {
      // JMH reports this trial as failed and goes on with the others; RESULTS.md says why the row is missing.
      throw new IllegalStateException(engine + " does not run on JDK " + Runtime.version());
    }
    String benchmark = params.getBenchmark();
    workload = workload(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    peer = prepare(engine, file, workload);
    run = peer.function(workload.run());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (peer == null) {
      return;
    }
    try {
      if (workload.tearDown() != null) {
        peer.function(workload.tearDown()).call(); // Splay checks its tree here: a wrong one fails the trial
      }
    } finally {
      peer.close();
      peer = null;
    }
  }

  /** One operation: the workload's run function, once. */
  protected final Object runOnce() {
    return run.call();
  }
}
