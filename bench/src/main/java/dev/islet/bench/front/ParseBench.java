package dev.islet.bench.front;

import dev.islet.bench.Octane;
import dev.islet.source.Source;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput: source text to AST for the concatenated Octane programs
 * ({@link Octane#concatenated()}, about 160 KB), once per operation: islet's parser (with its early
 * errors and RegExp pattern validation) against Rhino's ({@code org.mozilla.javascript.Parser}). RESULTS.md turns operations per
 * second into MB/s with {@link #inputBytes()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBench {
  @Param({"islet", "rhino"})
  public String engine;

  private String source;
  private Source isletSource;
  private CompilerEnvirons rhinoEnv;

  /** The size of one operation's input in bytes (UTF-8), for MB/s. */
  public static long inputBytes() {
    return Octane.concatenated().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  @Setup
  public void setUp() {
    source = Octane.concatenated();
    isletSource = new Source("octane.js", source);
    rhinoEnv = new CompilerEnvirons();
    rhinoEnv.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    parse(); // fail here, not in the measurement, if the input does not parse
  }

  @Benchmark
  public Object parse() {
    return switch (engine) {
      case "islet" -> dev.islet.parser.Parser.parseScript(isletSource);
      // Rhino's Parser holds per-parse state: a fresh one per operation, as Rhino itself does.
      case "rhino" -> new org.mozilla.javascript.Parser(rhinoEnv).parse(source, "octane.js", 1);
      default -> throw new IllegalArgumentException("unknown engine '" + engine + "'");
    };
  }
}
