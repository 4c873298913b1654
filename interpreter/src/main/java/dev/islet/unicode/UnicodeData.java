package dev.islet.unicode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unicode 17 data for RegExp property escapes and case-insensitive matching, read from the
 * generated resource {@code unicode.txt} (see {@code interpreter/tools/unicode/generate.mjs}).
 *
 * <p>File format, one record a line:
 * <ul>
 *   <li>{@code B Canonical Alias…} a binary property, {@code N …} General_Category/Script/Script_Extensions,
 *       {@code G …} a General_Category value, {@code S …} a Script value, with their aliases;</li>
 *   <li>{@code b:Name=…}, {@code g:…}, {@code s:…}, {@code x:…} (Script_Extensions) code point ranges, as
 *       base-36 numbers: gap after the previous range's end, then length − 1;</li>
 *   <li>{@code q:Name=…} a property of strings: strings joined by {@code ,}, code points by {@code .};</li>
 *   <li>{@code f=cp:delta,…} simple case folding; {@code u=cu:delta,…} Canonicalize without u/v (BMP).</li>
 * </ul>
 * Everything here is immutable once built and shared by all isolates; decoding is lazy per property.
 */
public final class UnicodeData {
  /** Kinds of property, as used in the file and in {@link #ranges}. */
  public static final char BINARY = 'b', CATEGORY = 'g', SCRIPT = 's', SCRIPT_EXTENSIONS = 'x', STRINGS = 'q';

  private static final String[] STRING_PROPERTIES = {
    "Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji", "RGI_Emoji_Flag_Sequence",
    "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence"
  };

  private final Map<String, String> binaryNames = new HashMap<>();
  private final Map<String, String> nonBinaryNames = new HashMap<>();
  private final Map<String, String> categoryNames = new HashMap<>();
  private final Map<String, String> scriptNames = new HashMap<>();
  private final Map<String, String> encoded = new HashMap<>();
  private final ConcurrentHashMap<String, int[]> decodedRanges = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, int[][]> decodedStrings = new ConcurrentHashMap<>();
  private final char[] simpleFoldBmp = new char[0x10000];
  private final int[] simpleFoldAstralKeys;
  private final int[] simpleFoldAstralValues;
  private final char[] canonicalizeBmp = new char[0x10000];

  private static final class Holder {
    static final UnicodeData INSTANCE = load();
  }

  /** The shared tables; loaded on first use. */
  public static UnicodeData get() {
    return Holder.INSTANCE;
  }

  private UnicodeData(Map<String, String> lines) {
    String fold = null;
    String upper = null;
    for (Map.Entry<String, String> e : lines.entrySet()) {
      String key = e.getKey();
      if (key.equals("f")) {
        fold = e.getValue();
      } else if (key.equals("u")) {
        upper = e.getValue();
      } else {
        encoded.put(key, e.getValue());
      }
    }
    for (int c = 0; c < 0x10000; c++) {
      simpleFoldBmp[c] = (char) c;
      canonicalizeBmp[c] = (char) c;
    }
    int[] astral = decodeMapping(fold, simpleFoldBmp);
    simpleFoldAstralKeys = new int[astral.length / 2];
    simpleFoldAstralValues = new int[astral.length / 2];
    for (int i = 0; i < astral.length / 2; i++) {
      simpleFoldAstralKeys[i] = astral[2 * i];
      simpleFoldAstralValues[i] = astral[2 * i + 1];
    }
    decodeMapping(upper, canonicalizeBmp);
  }

  /** Fills the BMP table; returns astral pairs (key, value) in key order. */
  private static int[] decodeMapping(String text, char[] bmp) {
    if (text == null) {
      throw new IllegalStateException("unicode.txt lacks a case mapping");
    }
    int[] astral = new int[16];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int colon = text.indexOf(':', i);
      int comma = text.indexOf(',', colon);
      if (comma < 0) {
        comma = len;
      }
      int from = Integer.parseInt(text, i, colon, 36);
      int to = from + Integer.parseInt(text, colon + 1, comma, 36);
      if (from < 0x10000) {
        bmp[from] = (char) to;
      } else {
        if (n + 2 > astral.length) {
          astral = java.util.Arrays.copyOf(astral, astral.length * 2);
        }
        astral[n++] = from;
        astral[n++] = to;
      }
      i = comma + 1;
    }
    return java.util.Arrays.copyOf(astral, n);
  }

  private static UnicodeData load() {
    Map<String, String> data = new HashMap<>();
    java.util.List<String[]> names = new java.util.ArrayList<>();
    try (InputStream in = UnicodeData.class.getResourceAsStream("unicode.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource dev/islet/unicode/unicode.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        if (line.length() > 1 && line.charAt(1) == ' ') {
          names.add(line.split(" "));
        } else {
          int eq = line.indexOf('=');
          data.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UnicodeData u = new UnicodeData(data);
    for (String[] row : names) {
      Map<String, String> target;
      switch (row[0]) {
        case "B": target = u.binaryNames; break;
        case "N": target = u.nonBinaryNames; break;
        case "G": target = u.categoryNames; break;
        case "S": target = u.scriptNames; break;
        default: throw new IllegalStateException("bad name line in unicode.txt: " + row[0]);
      }
      for (int i = 1; i < row.length; i++) {
        target.put(row[i], row[1]);
      }
    }
    return u;
  }

  /** Canonical name of a binary property (#table-binary-unicode-properties) or null. */
  public String binaryProperty(String nameOrAlias) {
    return binaryNames.get(nameOrAlias);
  }

  /** "General_Category", "Script" or "Script_Extensions" for a name or alias (gc, sc, scx), else null. */
  public String nonBinaryProperty(String nameOrAlias) {
    return nonBinaryNames.get(nameOrAlias);
  }

  /** Canonical General_Category value for a value or alias, else null. */
  public String generalCategory(String valueOrAlias) {
    return categoryNames.get(valueOrAlias);
  }

  /** Canonical Script value for a value or alias, else null. */
  public String script(String valueOrAlias) {
    return scriptNames.get(valueOrAlias);
  }

  /** Whether {@code name} is a property of strings (#table-binary-unicode-properties-of-strings). */
  public static boolean isPropertyOfStrings(String name) {
    for (String s : STRING_PROPERTIES) {
      if (s.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sorted inclusive ranges {@code [lo0, hi0, lo1, hi1, …]} of a property value; kind is one of
   * {@link #BINARY}, {@link #CATEGORY}, {@link #SCRIPT}, {@link #SCRIPT_EXTENSIONS}; the name is canonical.
   * For {@link #STRINGS} properties, the single code points among its strings. The array must not be modified.
   */
  public int[] ranges(char kind, String canonical) {
    String key = kind + ":" + canonical;
    int[] r = decodedRanges.get(key);
    if (r == null) {
      r = kind == STRINGS ? singleCodePoints(canonical) : decodeRanges(key);
      decodedRanges.putIfAbsent(key, r);
    }
    return r;
  }

  private int[] decodeRanges(String key) {
    String text = encoded.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no Unicode property " + key);
    }
    if (text.isEmpty()) {
      return new int[0];
    }
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        count++;
      }
    }
    int[] out = new int[count];
    int prev = -1;
    int start = 0;
    for (int k = 0; k < count; k += 2) {
      int c1 = text.indexOf(',', start);
      int c2 = text.indexOf(',', c1 + 1);
      if (c2 < 0) {
        c2 = text.length();
      }
      int lo = prev + 1 + Integer.parseInt(text, start, c1, 36);
      int hi = lo + Integer.parseInt(text, c1 + 1, c2, 36);
      out[k] = lo;
      out[k + 1] = hi;
      prev = hi;
      start = c2 + 1;
    }
    return out;
  }

  /** The strings of a property of strings, each as code points (single code points included). */
  public int[][] strings(String canonical) {
    int[][] s = decodedStrings.get(canonical);
    if (s == null) {
      String text = encoded.get(STRINGS + ":" + canonical);
      if (text == null) {
        throw new IllegalArgumentException("no property of strings " + canonical);
      }
      String[] parts = text.split(",");
      s = new int[parts.length][];
      for (int i = 0; i < parts.length; i++) {
        String[] cps = parts[i].split("\\.");
        int[] v = new int[cps.length];
        for (int j = 0; j < cps.length; j++) {
          v[j] = Integer.parseInt(cps[j], 36);
        }
        s[i] = v;
      }
      decodedStrings.putIfAbsent(canonical, s);
    }
    return s;
  }

  private int[] singleCodePoints(String canonical) {
    int[][] all = strings(canonical);
    int[] cps = new int[all.length];
    int n = 0;
    for (int[] s : all) {
      if (s.length == 1) {
        cps[n++] = s[0];
      }
    }
    java.util.Arrays.sort(cps, 0, n);
    int[] out = new int[2 * n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m > 0 && out[m - 1] + 1 >= cps[i]) {
        out[m - 1] = Math.max(out[m - 1], cps[i]);
      } else {
        out[m++] = cps[i];
        out[m++] = cps[i];
      }
    }
    return java.util.Arrays.copyOf(out, m);
  }

  /** Every code point with a simple case folding other than itself, with its folding: {@code [cp0, scf0, cp1, scf1, …]}. */
  public int[] simpleFoldPairs() {
    return pairs(simpleFoldBmp, simpleFoldAstralKeys, simpleFoldAstralValues);
  }

  /** Every code unit whose non-unicode Canonicalize is another one, with it: {@code [cu0, canon0, …]}. */
  public int[] canonicalizeNonUnicodePairs() {
    return pairs(canonicalizeBmp, new int[0], new int[0]);
  }

  private static int[] pairs(char[] bmp, int[] astralKeys, int[] astralValues) {
    int n = 0;
    for (int c = 0; c < bmp.length; c++) {
      if (bmp[c] != c) {
        n++;
      }
    }
    int[] out = new int[2 * (n + astralKeys.length)];
    int k = 0;
    for (int c = 0; c < bmp.length; c++) {
      if (bmp[c] != c) {
        out[k++] = c;
        out[k++] = bmp[c];
      }
    }
    for (int i = 0; i < astralKeys.length; i++) {
      out[k++] = astralKeys[i];
      out[k++] = astralValues[i];
    }
    return out;
  }

  /** Simple case folding scf(cp) (CaseFolding.txt statuses C and S); cp itself when it has none. */
  public int simpleFold(int cp) {
    if (cp < 0x10000) {
      return simpleFoldBmp[cp];
    }
    int i = java.util.Arrays.binarySearch(simpleFoldAstralKeys, cp);
    return i >= 0 ? simpleFoldAstralValues[i] : cp;
  }

  /**
   * Canonicalize(rer, ch) for patterns without u/v (#sec-runtime-semantics-canonicalize-ch):
   * the code unit's uppercase when that is one code unit and does not map non-ASCII to ASCII.
   */
  public char canonicalizeNonUnicode(char ch) {
    return canonicalizeBmp[ch];
  }
}
