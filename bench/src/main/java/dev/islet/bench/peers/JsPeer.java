package dev.islet.bench.peers;

/**
 * A JavaScript engine that runs whole programs in a benchmark: load scripts into one global scope,
 * then call a global function many times. One instance per benchmark trial, used by one thread at a
 * time.
 */
public interface JsPeer extends AutoCloseable {
  /** The names JMH's {@code @Param engine} takes for the engines. */
  String ISLET = "islet";
  String RHINO_INTERPRETED = "rhino-interpreted";
  String RHINO_COMPILED = "rhino-compiled";
  String NASHORN = "nashorn";
  String GRAALJS = "graaljs";

  /** Evaluates a script in the global scope. */
  void eval(String fileName, String source);

  /** A handle that calls the global function {@code name} with no arguments and returns its result. */
  Call function(String name);

  /** Something about the engine worth printing beside its figures (e.g. GraalJS without its compiler). */
  default String note() {
    return "";
  }

  @Override
  void close();

  /** A bound call of a global function. */
  @FunctionalInterface
  interface Call {
    Object call();
  }

  /**
   * Whether the peer can run on this JVM at all. GraalJS 23.1 calls
   * {@code sun.misc.Unsafe.ensureClassInitialized}, which JDK 22 removed: it runs on JDK 17 to 21 only.
   */
  static boolean runsOnThisJdk(String engine) {
    return !engine.equals(GRAALJS) || Runtime.version().feature() < 22;
  }

  /** Makes the peer named by a JMH {@code engine} parameter. */
  static JsPeer create(String engine) {
    return switch (engine) {
      case ISLET -> new IsletPeer();
      case RHINO_INTERPRETED -> new RhinoPeer(-1);
      case RHINO_COMPILED -> new RhinoPeer(9);
      case NASHORN -> new NashornPeer();
      case GRAALJS -> new GraalPeer();
      default -> throw new IllegalArgumentException("unknown engine '" + engine + "'");
    };
  }
}
