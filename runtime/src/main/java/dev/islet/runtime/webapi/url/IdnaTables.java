package dev.islet.runtime.webapi.url;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The UTS #46 data: the IDNA mapping table (status and mapping per code point range) and the
 * character classes of the validity checks, read once per process from {@code idna.txt} (generated
 * by {@code runtime/tools/webapi/generate.mjs}). Immutable after loading.
 */
final class IdnaTables {
  static final int VALID = 0;
  static final int MAPPED = 1;
  static final int DISALLOWED = 2;
  static final int DEVIATION = 3;
  static final int IGNORED = 4;

  /** A set of code points as sorted inclusive ranges. */
  static final class CodePointSet {
    private final int[] ranges;

    CodePointSet(int[] ranges) {
      this.ranges = ranges;
    }

    boolean contains(int cp) {
      int lo = 0;
      int hi = ranges.length / 2 - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (cp < ranges[2 * mid]) {
          hi = mid - 1;
        } else if (cp > ranges[2 * mid + 1]) {
          lo = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    }
  }

  private final int[] starts;
  private final int[] ends;
  private final byte[] statuses;
  private final int[][] mappings;
  CodePointSet mark;
  CodePointSet virama;
  CodePointSet zwnjBefore;
  CodePointSet zwnjTransparent;
  CodePointSet zwnjAfter;
  CodePointSet bidiDomain;
  CodePointSet bidiL;
  CodePointSet bidiRAL;
  CodePointSet bidiRtlAllowed;
  CodePointSet bidiRtlEnd;
  CodePointSet bidiNSM;
  CodePointSet bidiEN;
  CodePointSet bidiAN;
  CodePointSet bidiLtrAllowed;
  CodePointSet bidiLtrEnd;

  private IdnaTables(int[] starts, int[] ends, byte[] statuses, int[][] mappings) {
    this.starts = starts;
    this.ends = ends;
    this.statuses = statuses;
    this.mappings = mappings;
  }

  private static volatile IdnaTables instance;

  static IdnaTables get() {
    IdnaTables t = instance;
    if (t == null) {
      synchronized (IdnaTables.class) {
        t = instance;
        if (t == null) {
          t = instance = load();
        }
      }
    }
    return t;
  }

  /** The row of the mapping table that holds {@code cp}, or -1 (treated as disallowed). */
  int row(int cp) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < starts[mid]) {
        hi = mid - 1;
      } else if (cp > ends[mid]) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  int status(int row) {
    return row < 0 ? DISALLOWED : statuses[row];
  }

  int[] mapping(int row) {
    return mappings[row];
  }

  private static IdnaTables load() {
    List<int[]> rows = new ArrayList<>();
    List<int[]> maps = new ArrayList<>();
    List<String[]> sets = new ArrayList<>();
    try (InputStream in = IdnaTables.class.getResourceAsStream("idna.txt")) {
      if (in == null) {
        throw new IllegalStateException("idna.txt is missing from the runtime jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (line.startsWith("@")) {
          sets.add(new String[] {parts[0].substring(1), parts[1]});
          continue;
        }
        int status = switch (parts[2]) {
          case "V" -> VALID;
          case "M" -> MAPPED;
          case "X" -> DEVIATION;
          case "I" -> IGNORED;
          default -> DISALLOWED;
        };
        rows.add(new int[] {Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1], 16), status});
        int[] mapping = null;
        if (parts.length > 3 && !parts[3].isEmpty()) {
          String[] cps = parts[3].split(" ");
          mapping = new int[cps.length];
          for (int i = 0; i < cps.length; i++) {
            mapping[i] = Integer.parseInt(cps[i], 16);
          }
        }
        maps.add(mapping == null ? new int[0] : mapping);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = rows.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    byte[] statuses = new byte[n];
    for (int i = 0; i < n; i++) {
      starts[i] = rows.get(i)[0];
      ends[i] = rows.get(i)[1];
      statuses[i] = (byte) rows.get(i)[2];
    }
    IdnaTables t = new IdnaTables(starts, ends, statuses, maps.toArray(new int[0][]));
    for (String[] s : sets) {
      CodePointSet set = parseSet(s[1]);
      switch (s[0]) {
        case "mark" -> t.mark = set;
        case "virama" -> t.virama = set;
        case "zwnjBefore" -> t.zwnjBefore = set;
        case "zwnjTransparent" -> t.zwnjTransparent = set;
        case "zwnjAfter" -> t.zwnjAfter = set;
        case "bidiDomain" -> t.bidiDomain = set;
        case "bidiL" -> t.bidiL = set;
        case "bidiRAL" -> t.bidiRAL = set;
        case "bidiRtlAllowed" -> t.bidiRtlAllowed = set;
        case "bidiRtlEnd" -> t.bidiRtlEnd = set;
        case "bidiNSM" -> t.bidiNSM = set;
        case "bidiEN" -> t.bidiEN = set;
        case "bidiAN" -> t.bidiAN = set;
        case "bidiLtrAllowed" -> t.bidiLtrAllowed = set;
        case "bidiLtrEnd" -> t.bidiLtrEnd = set;
        default -> { }
      }
    }
    return t;
  }

  private static CodePointSet parseSet(String text) {
    if (text.isEmpty()) {
      return new CodePointSet(new int[0]);
    }
    String[] items = text.split(" ");
    int[] ranges = new int[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      int dash = items[i].indexOf('-');
      int lo = Integer.parseInt(dash < 0 ? items[i] : items[i].substring(0, dash), 16);
      int hi = dash < 0 ? lo : Integer.parseInt(items[i].substring(dash + 1), 16);
      ranges[2 * i] = lo;
      ranges[2 * i + 1] = hi;
    }
    return new CodePointSet(ranges);
  }
}
