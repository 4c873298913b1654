package dev.islet.bench.peers;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * GraalJS community through the polyglot API: a {@link Context} for the {@code js} language on a
 * shared {@link Engine}. On a JDK without the Graal compiler (stock OpenJDK 17) Truffle runs
 * interpreted; {@link #note()} says which runtime it got.
 */
final class GraalPeer implements JsPeer {
  /** Shared by every peer in this JVM, as an embedder would share it (code caches live in the engine). */
  private static final Engine ENGINE = Engine.newBuilder("js")
      .option("engine.WarnInterpreterOnly", "false")
      .build();

  private final Context context = Context.newBuilder("js").engine(ENGINE).build();

  @Override
  public void eval(String fileName, String source) {
    context.eval(Source.newBuilder("js", source, fileName).buildLiteral());
  }

  @Override
  public Call function(String name) {
    Value fn = context.getBindings("js").getMember(name);
    if (fn == null || !fn.canExecute()) {
      throw new IllegalArgumentException(name + " is not a global function");
    }
    return fn::execute;
  }

  @Override
  public String note() {
    return runtimeName();
  }

  /** The Truffle runtime in use: {@code Interpreted} when there is no Graal compiler. */
  public static String runtimeName() {
    return ENGINE.getImplementationName();
  }

  @Override
  public void close() {
    context.close();
  }
}
