package dev.islet.bench.isolate;

import dev.islet.bench.peers.JsPeer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a fresh sandbox (issue 4's bar): one operation creates an isolate (a Rhino scope
 * from {@code initStandardObjects}, a Nashorn {@code ScriptContext} with its own global, a GraalJS
 * {@code Context} on a shared {@code Engine}), evaluates {@value Sandboxes#SCRIPT}, checks the result
 * and closes it. See {@link Sandboxes} for how each engine makes one.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Dpolyglot.engine.WarnInterpreterOnly=false")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IsolateStart {
  @Param({JsPeer.ISLET, "rhino", JsPeer.NASHORN, JsPeer.GRAALJS})
  public String engine;

  private Sandboxes.Factory factory;

  @Setup
  public void setUp() {
    if (!JsPeer.runsOnThisJdk(engine)) {
      throw new IllegalStateException(engine + " does not run on JDK " + Runtime.version());
    }
    factory = Sandboxes.factory(engine);
  }

  @Benchmark
  public Object createAndEval() {
    Sandboxes.Sandbox s = factory.create();
    try {
      return s.result();
    } finally {
      s.close();
    }
  }
}
