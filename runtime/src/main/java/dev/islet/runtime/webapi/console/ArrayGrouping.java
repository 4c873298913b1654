package dev.islet.runtime.webapi.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Node's {@code groupArrayElements}: an array of more than six short entries is laid out in aligned
 * columns (numbers right-aligned, anything else left-aligned), about as many columns as make the block
 * roughly square, at most 15 (and 4 × compact).
 */
final class ArrayGrouping {
  private static final int SEPARATOR_SPACE = 2; // ", "
  private static final double CHAR_HEIGHT = 2.5;
  private static final int MAX_COLUMNS = 15;

  private ArrayGrouping() {}

  /**
   * The grouped rows, or {@code output} itself when grouping does not pay.
   *
   * @param hasMore   whether the last entry is the "... N more items" line (kept apart)
   * @param allNumbers whether every entry is a number or BigInt (then right-aligned)
   */
  static List<String> group(List<String> output, boolean hasMore, boolean allNumbers, int indentation,
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
