package dev.islet.runtime.webapi.console;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@link Inspector} lays out the entries of an object or array (Node's reduceToSingleString and
 * groupArrayElements): on one line when they fit, else one per line; an array of more than six short
 * entries in aligned columns (numbers right-aligned), about as many columns as make the block roughly
 * square, at most 15 (and 4 × compact).
 */
final class InspectLayout {
  static final int BREAK_LENGTH = 80;
  static final int COMPACT = 3;
  private static final int SEPARATOR_SPACE = 2; // ", "
  private static final double CHAR_HEIGHT = 2.5;
  private static final int MAX_COLUMNS = 15;

  private InspectLayout() {}

  /**
   * Node's reduceToSingleString: the entries on one line ({@code { a: 1, b: 2 }}) when they fit in the
   * break length and no more than {@code compact} levels of objects lie below; else one entry per line.
   * Arrays of more than six entries are first grouped into columns.
   *
   * @param nestedLevels how many levels of objects were formatted below this one
   * @param allNumbers   for arrays: whether every element is a number (columns are then right-aligned)
   */
  static String reduceToSingleString(List<String> output, String base, String[] braces, boolean array,
      int nestedLevels, int indentation, boolean hasMore, boolean allNumbers) {
    int entries = output.size();
    if (array && entries > 6) {
      output = group(output, hasMore, allNumbers, indentation, BREAK_LENGTH, COMPACT);
    }
    if (nestedLevels < COMPACT && entries == output.size()) {
      int start = output.size() + indentation + braces[0].length() + base.length() + 10;
      if (isBelowBreakLength(output, start, base)) {
        String joined = String.join(", ", output);
        if (joined.indexOf('\n') < 0) {
          return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
        }
      }
    }
    String ind = "\n" + " ".repeat(indentation);
    return (base.isEmpty() ? "" : base + " ") + braces[0] + ind + "  " + String.join("," + ind + "  ", output)
        + ind + braces[1];
  }

  private static boolean isBelowBreakLength(List<String> output, int start, String base) {
    int total = output.size() + start;
    if (total + output.size() > BREAK_LENGTH) {
      return false;
    }
    for (String s : output) {
      total += s.length();
      if (total > BREAK_LENGTH) {
        return false;
      }
    }
    return base.isEmpty() || base.indexOf('\n') < 0;
  }

  /**
   * The grouped rows, or {@code output} itself when grouping does not pay.
   *
   * @param hasMore   whether the last entry is the "... N more items" line (kept apart)
   * @param allNumbers whether every entry is a number or BigInt (then right-aligned)
   */
  private static List<String> group(List<String> output, boolean hasMore, boolean allNumbers, int indentation,
      int breakLength, int compact) {
    int totalLength = 0;
    int maxLength = 0;
    int outputLength = hasMore ? output.size() - 1 : output.size();
    int[] dataLen = new int[outputLength];
    for (int i = 0; i < outputLength; i++) {
      int len = output.get(i).length();
      dataLen[i] = len;
      totalLength += len + SEPARATOR_SPACE;
      maxLength = Math.max(maxLength, len);
    }
    int actualMax = maxLength + SEPARATOR_SPACE;
    if (actualMax * 3 + indentation >= breakLength || ((double) totalLength / actualMax <= 5 && maxLength > 6)) {
      return output;
    }
    double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
    double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    int columns = (int) Math.min(Math.min(
        Math.round(Math.sqrt(CHAR_HEIGHT * biasedMax * outputLength) / biasedMax),
        Math.floor((breakLength - indentation) / (double) actualMax)),
        Math.min(compact * 4, MAX_COLUMNS));
    if (columns <= 1) {
      return output;
    }
    int[] maxLineLength = new int[columns];
    for (int i = 0; i < columns; i++) {
      int lineLength = 0;
      for (int j = i; j < outputLength; j += columns) {
        lineLength = Math.max(lineLength, dataLen[j]);
      }
      maxLineLength[i] = lineLength + SEPARATOR_SPACE;
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < outputLength; i += columns) {
      int max = Math.min(i + columns, outputLength);
      StringBuilder row = new StringBuilder();
      int j = i;
      for (; j < max - 1; j++) {
        pad(row, output.get(j) + ", ", maxLineLength[j - i], allNumbers);
      }
      if (allNumbers) {
        pad(row, output.get(j), maxLineLength[j - i] - SEPARATOR_SPACE, true);
      } else {
        row.append(output.get(j));
      }
      rows.add(row.toString());
    }
    if (hasMore) {
      rows.add(output.get(outputLength));
    }
    return rows;
  }

  private static void pad(StringBuilder row, String s, int width, boolean start) {
    if (start) {
      row.append(" ".repeat(Math.max(0, width - s.length()))).append(s);
    } else {
      row.append(s).append(" ".repeat(Math.max(0, width - s.length())));
    }
  }
}
