package dev.islet.bench.macro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.bench.peers.JsPeer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Octane workload runs under islet and passes the program's own checks, set up and torn down
 * as the JMH trial does (no timing here: {@code bench/run.sh} measures).
 */
class OctaneSuiteTest {
  @TestFactory
  List<DynamicTest> everyWorkloadPassesItsChecksUnderIslet() {
    List<DynamicTest> tests = new ArrayList<>();
    for (OctaneProgram p : OctaneSuite.ALL) {
      for (OctaneProgram.Workload w : p.workloads()) {
        tests.add(DynamicTest.dynamicTest(p.getClass().getSimpleName() + "." + w.method(), () -> {
          try (JsPeer peer = OctaneProgram.prepare(JsPeer.ISLET, p.file(), w)) {
            if (w.tearDown() != null) {
              peer.function(w.tearDown()).call();
            }
          }
        }));
      }
    }
    return tests;
  }

  @Test
  void everyBenchmarkMethodHasAWorkload() throws NoSuchMethodException {
    for (OctaneProgram p : OctaneSuite.ALL) {
      for (OctaneProgram.Workload w : p.workloads()) {
        assertThat(p.getClass().getMethod(w.method()).isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class))
            .as(p.getClass().getSimpleName() + "." + w.method()).isTrue();
      }
    }
  }

  @Test
  void aWrongResultFailsTheRun() {
    // The checks are real: Splay's tear-down rejects a tree of the wrong size.
    try (JsPeer peer = OctaneProgram.prepare(JsPeer.ISLET, "splay.js",
        OctaneProgram.Workload.of("run", "SplayRun").withSetup("SplaySetup", "SplayTearDown"))) {
      peer.eval("break.js", "splayTree.insert(-1, null);");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> peer.function("SplayTearDown").call())
          .hasMessageContaining("Splay tree has wrong size");
    }
  }
}
