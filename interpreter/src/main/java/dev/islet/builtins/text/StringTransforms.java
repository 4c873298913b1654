package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The String.prototype methods that build a new string from the whole input: casing, trimming,
 * padding, repeating, normalization, well-formedness, and localeCompare.
 */
final class StringTransforms {
  private StringTransforms() {}

  /** String.prototype.toLowerCase ( ): Unicode default case conversion, locale-insensitive. */
  static Object toLowerCase(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return lower(realm, TextSupport.thisString(realm, thisValue, "toLowerCase"));
  }

  /** String.prototype.toUpperCase ( ) */
  static Object toUpperCase(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return upper(realm, TextSupport.thisString(realm, thisValue, "toUpperCase"));
  }

  /** Without ECMA-402 the host locale is the root locale, so these equal toLowerCase/toUpperCase. */
  static Object toLocaleLowerCase(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return lower(realm, TextSupport.thisString(realm, thisValue, "toLocaleLowerCase"));
  }

  static Object toLocaleUpperCase(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return upper(realm, TextSupport.thisString(realm, thisValue, "toLocaleUpperCase"));
  }

  // The JDK applies UnicodeData plus SpecialCasing's unconditional mappings and the Final_Sigma
  // rule for the root locale: exactly the spec's locale-insensitive toLowercase/toUppercase.
  private static String lower(Realm realm, String s) {
    TextSupport.chargeString(realm, s.length());
    int sigma = s.indexOf('\u03A3');
    String r = sigma < 0 ? mapCase(realm, s, false) : lowerWithSigma(realm, s, sigma);
    return checked(realm, s, r);
  }

  /** Pieces case-mapped by one JDK call: at most this many chars. */
  private static final int CASE_CHUNK = 256;

  /**
   * The JDK's locale-insensitive case mapping, in pieces of at most {@link #CASE_CHUNK} chars (never
   * splitting a surrogate pair): the JDK copies its whole result again for each char whose mapping is
   * longer (ß → SS, İ → i̇), quadratic in one call that no budget check can interrupt
   * ({@code 'ß'.repeat(2e6).toUpperCase()} ran for many minutes).
   */
  private static String mapCase(Realm realm, String s, boolean upper) {
    int n = s.length();
    if (n <= CASE_CHUNK) {
      return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      int j = Math.min(n, i + CASE_CHUNK);
      if (j < n && Character.isHighSurrogate(s.charAt(j - 1))) {
        j--;
      }
      String piece = s.substring(i, j);
      sb.append(upper ? piece.toUpperCase(Locale.ROOT) : piece.toLowerCase(Locale.ROOT));
      realm.agent.budget.charge(CASE_CHUNK >> 4);
      i = j;
    }
    return sb.toString();
  }

  /**
   * toLowercase with capital sigma handled here: the JDK's Final_Sigma test misreads supplementary
   * characters in the context. Final_Sigma (Unicode 3.13, table 3-17): a cased letter before it
   * (skipping case-ignorables) and none after it (same skipping) makes it ς, otherwise σ. No other
   * locale-insensitive mapping depends on context, so the rest is lowered piecewise.
   */
  private static String lowerWithSigma(Realm realm, String s, int sigma) {
    StringBuilder sb = new StringBuilder(s.length());
    int from = 0;
    while (sigma >= 0) {
      sb.append(mapCase(realm, s.substring(from, sigma), false));
      sb.append(isFinalSigma(s, sigma) ? '\u03C2' : '\u03C3');
      from = sigma + 1;
      sigma = s.indexOf('\u03A3', from);
    }
    sb.append(mapCase(realm, s.substring(from), false));
    return sb.toString();
  }

  private static boolean isFinalSigma(String s, int at) {
    int i = at;
    boolean casedBefore = false;
    while (i > 0) {
      int cp = s.codePointBefore(i);
      i -= Character.charCount(cp);
      if (!isCaseIgnorable(cp)) {
        casedBefore = isCased(cp);
        break;
      }
    }
    if (!casedBefore) {
      return false;
    }
    i = at + 1;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!isCaseIgnorable(cp)) {
        return !isCased(cp);
      }
    }
    return true;
  }

  /** Cased (D135): Lowercase, Uppercase or Lt. */
  private static boolean isCased(int cp) {
    return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  /** Case_Ignorable (D136): Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet or Single_Quote. */
  private static boolean isCaseIgnorable(int cp) {
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
          Character.MODIFIER_SYMBOL:
        return true;
      default:
        break;
    }
    switch (cp) {
      case 0x0027, 0x002E, 0x003A, 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
          0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
        return true;
      default:
        return false;
    }
  }

  private static String upper(Realm realm, String s) {
    TextSupport.chargeString(realm, s.length());
    String r = mapCase(realm, s, true);
    return checked(realm, s, r);
  }

  /** Case mapping can lengthen a string (ß → SS): charge and check the growth. */
  private static String checked(Realm realm, String s, String r) {
    if (r.length() > s.length()) {
      TextSupport.checkLength(realm, r.length());
      realm.heap.charge(2L * (r.length() - s.length()));
    }
    return r;
  }

  /** String.prototype.trim ( ) */
  static Object trim(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return trimString(realm, TextSupport.thisString(realm, thisValue, "trim"), true, true);
  }

  static Object trimStart(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return trimString(realm, TextSupport.thisString(realm, thisValue, "trimStart"), true, false);
  }

  static Object trimEnd(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return trimString(realm, TextSupport.thisString(realm, thisValue, "trimEnd"), false, true);
  }

  /** TrimString ( string, where ) — https://tc39.es/ecma262/#sec-trimstring */
  static String trimString(Realm realm, String s, boolean start, boolean end) {
    int from = 0;
    int to = s.length();
    if (start) {
      while (from < to && TextSupport.isWhite(s.charAt(from))) {
        from++;
      }
    }
    if (end) {
      while (to > from && TextSupport.isWhite(s.charAt(to - 1))) {
        to--;
      }
    }
    return TextSupport.substring(realm, s, from, to);
  }

  /** String.prototype.padStart ( maxLength [ , fillString ] ) */
  static Object padStart(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "padStart");
    return pad(realm, s, Args.get(args, 0), Args.get(args, 1), true);
  }

  /** String.prototype.padEnd ( maxLength [ , fillString ] ) */
  static Object padEnd(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "padEnd");
    return pad(realm, s, Args.get(args, 0), Args.get(args, 1), false);
  }

  /** StringPaddingBuiltinsImpl and StringPad — https://tc39.es/ecma262/#sec-stringpad */
  private static String pad(Realm realm, String s, Object maxLength, Object fillArg, boolean atStart) {
    long intMaxLength = TypeConversion.toLength(realm, maxLength);
    int len = s.length();
    if (intMaxLength <= len) {
      return s;
    }
    String fill = fillArg == Undefined.INSTANCE ? " " : TypeConversion.toString(realm, fillArg);
    if (fill.isEmpty()) {
      return s;
    }
    TextSupport.checkLength(realm, intMaxLength);
    int fillLen = (int) (intMaxLength - len);
    realm.agent.chargeAppend(realm, intMaxLength, intMaxLength);
    StringBuilder sb = new StringBuilder((int) intMaxLength);
    if (!atStart) {
      sb.append(s);
    }
    int whole = fillLen / fill.length();
    for (int i = 0; i < whole; i++) {
      sb.append(fill);
    }
    sb.append(fill, 0, fillLen - whole * fill.length());
    if (atStart) {
      sb.append(s);
    }
    return sb.toString();
  }

  /** String.prototype.repeat ( count ) */
  static Object repeat(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "repeat");
    Object count = Args.get(args, 0);
    double n = TypeConversion.toIntegerOrInfinity(realm, count);
    if (n < 0 || n == Double.POSITIVE_INFINITY) {
      throw Errors.rangeError(realm, Msg.INVALID_COUNT, Describe.value(count instanceof Integer ? count : (Object) n));
    }
    if (n == 0 || s.isEmpty()) {
      return "";
    }
    double total = n * s.length();
    TextSupport.checkLength(realm, total > Long.MAX_VALUE ? Long.MAX_VALUE : (long) total);
    realm.agent.chargeAppend(realm, (long) total, (long) total);
    return s.repeat((int) n);
  }

  /** String.prototype.normalize ( [ form ] ) */
  static Object normalize(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "normalize");
    Object formArg = Args.get(args, 0);
    String f = formArg == Undefined.INSTANCE ? "NFC" : TypeConversion.toString(realm, formArg);
    Normalizer.Form form;
    switch (f) {
      case "NFC" -> form = Normalizer.Form.NFC;
      case "NFD" -> form = Normalizer.Form.NFD;
      case "NFKC" -> form = Normalizer.Form.NFKC;
      case "NFKD" -> form = Normalizer.Form.NFKD;
      default -> throw Errors.rangeError(realm, Msg.INVALID_NORMALIZATION_FORM, Describe.value(f));
    }
    if (isAscii(s)) {
      return s;
    }
    TextSupport.chargeString(realm, s.length());
    String r = Normalizer.normalize(s, form);
    return checked(realm, s, r);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** String.prototype.isWellFormed ( ) */
  static Object isWellFormed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "isWellFormed");
    realm.agent.budget.charge(1 + (s.length() >> 4));
    return firstLoneSurrogate(s) < 0;
  }

  /** String.prototype.toWellFormed ( ): lone surrogates become U+FFFD. */
  static Object toWellFormed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "toWellFormed");
    realm.agent.budget.charge(1 + (s.length() >> 4));
    int k = firstLoneSurrogate(s);
    if (k < 0) {
      return s;
    }
    TextSupport.chargeString(realm, s.length());
    char[] out = s.toCharArray();
    for (; k < out.length; k++) {
      char c = out[k];
      if (Character.isHighSurrogate(c) && k + 1 < out.length && Character.isLowSurrogate(out[k + 1])) {
        k++;
      } else if (Character.isSurrogate(c)) {
        out[k] = '\uFFFD';
      }
    }
    return new String(out);
  }

  /** Index of the first unpaired surrogate, or -1 (IsStringWellFormedUnicode). */
  static int firstLoneSurrogate(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * String.prototype.localeCompare ( that ) without ECMA-402: strings are compared by code unit
   * after canonical (NFC) normalization, which is a total order that honours canonical
   * equivalence, as the spec requires of implementations without Intl.
   */
  static Object localeCompare(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "localeCompare");
    String that = TypeConversion.toString(realm, Args.get(args, 0));
    realm.agent.budget.charge(1 + ((s.length() + that.length()) >> 4));
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    if (!isAscii(that)) {
      that = Normalizer.normalize(that, Normalizer.Form.NFC);
    }
    return Integer.signum(s.compareTo(that));
  }
}
