package dev.islet.bench.report;

import dev.islet.bench.Octane;

/** Prints the Octane folder, so {@code bench/run.sh} hands node the same files as the JVM benchmarks. */
public final class OctaneDir {
  private OctaneDir() {}

  public static void main(String[] args) {
    System.out.println(Octane.dir());
  }
}
