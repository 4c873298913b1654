package dev.islet.runtime.webapi.url;

import java.util.Locale;

/**
 * domain to ASCII — https://url.spec.whatwg.org/#concept-domain-to-ascii: UTS #46 ToASCII
 * (https://www.unicode.org/reports/tr46/#ToASCII) with CheckHyphens, UseSTD3ASCIIRules and
 * VerifyDnsLength off, CheckBidi and CheckJoiners on, nontransitional, then the forbidden domain
 * code point check. Null means failure. The mapping table and character classes are in
 * {@link IdnaTables}.
 */
final class Idna {
  private Idna() {}

  static String domainToAscii(String domain, boolean beStrict) {
    String result = isAsciiWithoutPunycode(domain) ? domain.toLowerCase(Locale.ROOT) : toAscii(domain);
    if (result == null) {
      return null;
    }
    for (int i = 0; i < result.length(); i++) {
      if (HostParser.isForbiddenDomainCodePoint(result.charAt(i))) {
        return null;
      }
    }
    return result;
  }

  private static boolean isAsciiWithoutPunycode(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return !(lower.startsWith("xn--") || lower.contains(".xn--"));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** UTS #46 ToASCII with the URL Standard's flags; null on error. */
  static String toAscii(String domain) {
    IdnaTables t = IdnaTables.get();
    // 1. Map.
    StringBuilder mapped = new StringBuilder(domain.length());
    for (int i = 0; i < domain.length(); ) {
      int cp = domain.codePointAt(i);
      i += Character.charCount(cp);
      int row = t.row(cp);
      switch (t.status(row)) {
        case IdnaTables.IGNORED:
          break;
        case IdnaTables.MAPPED:
          for (int m : t.mapping(row)) {
            mapped.appendCodePoint(m);
          }
          break;
        default: // valid, deviation (nontransitional keeps it), disallowed (an error at validation)
          mapped.appendCodePoint(cp);
      }
    }
    // 2. Normalize.
    String normalized = java.text.Normalizer.normalize(mapped, java.text.Normalizer.Form.NFC);
    // 3. Break.
    String[] labels = normalized.split("\\.", -1);
    // 4. Convert/validate.
    boolean error = false;
    String[] decoded = new String[labels.length];
    boolean[] wasPunycode = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      if (label.startsWith("xn--")) {
        wasPunycode[i] = true;
        if (!isAscii(label)) {
          error = true;
          decoded[i] = label;
          continue;
        }
        String d = Punycode.decode(label.substring(4));
        if (d == null) {
          error = true;
          decoded[i] = label;
          continue;
        }
        decoded[i] = d;
      } else {
        decoded[i] = label;
      }
    }
    if (error) {
      return null;
    }
    boolean bidi = isBidiDomain(t, decoded);
    StringBuilder out = new StringBuilder(normalized.length() + 8);
    for (int i = 0; i < decoded.length; i++) {
      if (!validLabel(t, decoded[i], bidi)) {
        return null;
      }
      if (i > 0) {
        out.append('.');
      }
      if (isAscii(decoded[i])) {
        out.append(decoded[i]);
      } else {
        String encoded = Punycode.encode(decoded[i]);
        if (encoded == null) {
          return null;
        }
        out.append("xn--").append(encoded);
      }
    }
    return out.toString();
  }

  private static boolean isBidiDomain(IdnaTables t, String[] labels) {
    for (String label : labels) {
      for (int i = 0; i < label.length(); ) {
        int cp = label.codePointAt(i);
        i += Character.charCount(cp);
        if (t.bidiDomain.contains(cp)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Validity Criteria — https://www.unicode.org/reports/tr46/#Validity_Criteria, for the URL Standard's flags. */
  private static boolean validLabel(IdnaTables t, String label, boolean bidi) {
    if (label.isEmpty()) {
      return true;
    }
    if (!java.text.Normalizer.isNormalized(label, java.text.Normalizer.Form.NFC)) {
      return false;
    }
    // UTS #46 step 4 (without CheckHyphens a label must not begin with "xn--") is left out, as the
    // URL Standard's implementations do while https://github.com/whatwg/url/issues/803 is open.
    if (label.indexOf('.') >= 0) {
      return false;
    }
    int[] cps = label.codePoints().toArray();
    if (t.mark.contains(cps[0])) {
      return false;
    }
    for (int cp : cps) {
      int status = t.status(t.row(cp));
      if (status != IdnaTables.VALID && status != IdnaTables.DEVIATION) {
        return false;
      }
    }
    if (!joinersValid(t, cps)) {
      return false;
    }
    return !bidi || bidiValid(t, cps);
  }

  /** CheckJoiners: the ContextJ rules of RFC 5892 (Appendix A.1 and A.2). */
  private static boolean joinersValid(IdnaTables t, int[] cps) {
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (cp != 0x200C && cp != 0x200D) {
        continue;
      }
      if (i > 0 && t.virama.contains(cps[i - 1])) {
        continue;
      }
      if (cp == 0x200D) {
        return false;
      }
      // ZWNJ: (L|D) T* ZWNJ T* (R|D)
      int before = i - 1;
      while (before >= 0 && t.zwnjTransparent.contains(cps[before])) {
        before--;
      }
      int after = i + 1;
      while (after < cps.length && t.zwnjTransparent.contains(cps[after])) {
        after++;
      }
      if (before < 0 || !t.zwnjBefore.contains(cps[before]) || after >= cps.length || !t.zwnjAfter.contains(cps[after])) {
        return false;
      }
    }
    return true;
  }

  /** CheckBidi: the Bidi rule of RFC 5893, section 2. */
  private static boolean bidiValid(IdnaTables t, int[] cps) {
    int first = cps[0];
    int last = cps.length - 1;
    while (last > 0 && t.bidiNSM.contains(cps[last])) {
      last--;
    }
    if (t.bidiRAL.contains(first)) {
      boolean en = false;
      boolean an = false;
      for (int cp : cps) {
        if (!t.bidiRtlAllowed.contains(cp)) {
          return false;
        }
        en |= t.bidiEN.contains(cp);
        an |= t.bidiAN.contains(cp);
      }
      return t.bidiRtlEnd.contains(cps[last]) && !(en && an);
    }
    if (t.bidiL.contains(first)) {
      for (int cp : cps) {
        if (!t.bidiLtrAllowed.contains(cp)) {
          return false;
        }
      }
      return t.bidiLtrEnd.contains(cps[last]);
    }
    return false;
  }
}
