package dev.islet.spectests.test262;

import java.io.PrintStream;
import java.util.Locale;

/** The progress line redrawn in place on a terminal: done/total, pass rate so far, elapsed time. */
final class ProgressLine implements Test262Runner.Progress {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintStream err;
  private final long started;
  private long lastDraw;
  private int width;

  ProgressLine(PrintStream err, long startedNanos) {
    this.err = err;
    this.started = startedNanos;
  }

  @Override
  public void update(int done, int total, int passed, int failed, int skipped) {
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    long seconds = (now - started) / 1_000_000_000L;
    String rate = passed + failed == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * passed / (passed + failed));
    String line = String.format(Locale.ROOT, "test262 %d/%d  pass %s  failed %d  skipped %d  %d:%02d",
        done, total, rate, failed, skipped, seconds / 60, seconds % 60);
    draw(line);
  }

  void clear() {
    draw("");
    err.print('\r');
    err.flush();
  }

  private void draw(String line) {
    StringBuilder b = new StringBuilder(width + 2).append('\r').append(line);
    for (int i = line.length(); i < width; i++) {
      b.append(' ');
    }
    width = line.length();
    err.print(b);
    err.flush();
  }
}
