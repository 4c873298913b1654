package dev.islet.bench.report;

import dev.islet.bench.macro.OctaneProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints {@code Class.method file run setup tearDown checkRuns} (a dash for no setup or tear-down) for
 * every whole-program benchmark ({@link OctaneProgram} subclass) in a JMH result, so
 * {@code bench/run.sh} can time the same workloads under node.
 */
public final class MacroPrograms {
  private MacroPrograms() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    Object json = MiniJson.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    Set<String> seen = new LinkedHashSet<>();
    for (Object o : (List<Object>) json) {
      String full = (String) ((Map<String, Object>) o).get("benchmark");
      int dot = full.lastIndexOf('.');
      Class<?> c = Class.forName(full.substring(0, dot));
      if (OctaneProgram.class.isAssignableFrom(c) && seen.add(full)) {
        OctaneProgram p = (OctaneProgram) c.getDeclaredConstructor().newInstance();
        OctaneProgram.Workload w = p.workload(full.substring(dot + 1));
        System.out.println(c.getSimpleName() + full.substring(dot) + " " + p.file() + " " + w.run() + " "
            + dash(w.setup()) + " " + dash(w.tearDown()) + " " + w.checkRuns());
      }
    }
  }

  private static String dash(String function) {
    return function == null ? "-" : function;
  }
}
