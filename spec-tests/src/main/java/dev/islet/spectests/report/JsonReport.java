package dev.islet.spectests.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The machine-readable report:
 * {@code {"total":N,"passed":N,"failed":N,"skipped":N,"dirs":{"language/expressions":{"total":N,"passed":N}},
 * "skips":{"proposal: decorators":N},"failures":[{"file":"…","mode":"strict|sloppy|module","message":"…"}]}}.
 * {@code total} counts the tests that count (passed + failed); skipped tests are only in {@code skipped}
 * and, by reason, in {@code skips}.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(Summary summary) {
    Summary.Tally all = summary.overall();
    StringBuilder out = new StringBuilder(256 + 160 * summary.failures().size());
    out.append("{\"total\":").append(all.total())
        .append(",\"passed\":").append(all.passed())
        .append(",\"failed\":").append(all.failed())
        .append(",\"skipped\":").append(all.skipped())
        .append(",\"dirs\":{");
    boolean first = true;
    for (Map.Entry<String, Summary.Tally> e : summary.folders().entrySet()) {
      out.append(first ? "\n  " : ",\n  ");
      first = false;
      Json.string(out, e.getKey());
      out.append(":{\"total\":").append(e.getValue().total())
          .append(",\"passed\":").append(e.getValue().passed())
          .append(",\"skipped\":").append(e.getValue().skipped()).append('}');
    }
    out.append("},\"skips\":{");
    first = true;
    for (Map.Entry<String, Integer> e : summary.skipReasons().entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      Json.string(out, e.getKey());
      out.append(':').append(e.getValue());
    }
    out.append("},\"failures\":[");
    first = true;
    for (Failure f : summary.failures()) {
      out.append(first ? "\n  " : ",\n  ");
      first = false;
      out.append("{\"file\":");
      Json.string(out, f.file());
      out.append(",\"mode\":");
      Json.string(out, f.mode());
      out.append(",\"message\":");
      Json.string(out, f.message());
      out.append('}');
    }
    out.append("]}\n");
    return out.toString();
  }

  public static void write(Summary summary, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(summary), StandardCharsets.UTF_8);
  }
}
