package dev.islet.bench.macro;

import dev.islet.bench.Octane;
import dev.islet.bench.peers.JsPeer;
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

/**
 * A whole Octane program run by each engine behind {@code @Param engine}: {@code base.js} and the
 * program are loaded once per trial, and one operation is one call of the program's entry function
 * (which checks its own result and throws when it is wrong). A program is one subclass:
 *
 * <pre>{@code
 * public class Richards extends OctaneProgram {
 *   public Richards() { super("richards.js", "runRichards"); }
 *   @Benchmark public Object run() { return runOnce(); }
 * }
 * }</pre>
 *
 * TODO(perf): add "islet" to the engines once the engine runs code (issue 3), then Richards and DeltaBlue.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Dpolyglot.engine.WarnInterpreterOnly=false")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class OctaneProgram {
  @Param({JsPeer.RHINO_INTERPRETED, JsPeer.RHINO_COMPILED, JsPeer.NASHORN, JsPeer.GRAALJS})
  public String engine;

  private final String file;
  private final String entry;
  private JsPeer peer;
  private JsPeer.Call run;

  protected OctaneProgram(String file, String entry) {
    this.file = file;
    this.entry = entry;
  }

  /** The program's file in the Octane folder (e.g. {@code richards.js}). */
  public final String file() {
    return file;
  }

  /** The global function one operation calls (e.g. {@code runRichards}). */
  public final String entry() {
    return entry;
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

  @Setup(Level.Trial)
  public void setUp() {
    if (!JsPeer.runsOnThisJdk(engine)) {
      // JMH reports this trial as failed and goes on with the others; RESULTS.md says why the row is missing.
      throw new IllegalStateException(engine + " does not run on JDK " + Runtime.version());
    }
    peer = load(engine, file);
    run = peer.function(entry);
    run.call(); // one checked run before measuring: a wrong result fails the trial here
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (peer != null) {
      peer.close();
    }
  }

  /** One operation: the program's entry function, once. */
  protected final Object runOnce() {
    return run.call();
  }
}
