package dev.islet.runtime.webapi.url;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

/**
 * domain to ASCII — https://url.spec.whatwg.org/#concept-domain-to-ascii: UTS #46 ToASCII with
 * CheckHyphens, UseSTD3ASCIIRules and VerifyDnsLength off (non-strict), then the forbidden domain
 * code point check. Null means failure.
 *
 * <p>TODO(conform): the mapping step uses lower-casing, NFKC and {@code java.net.IDN} (IDNA2003)
 * rather than the UTS #46 mapping table, so some IdnaTestV2 cases differ.
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

  private static String toAscii(String domain) {
    String mapped = Normalizer.normalize(domain, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    mapped = mapped.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
    StringBuilder out = new StringBuilder(mapped.length() + 8);
    String[] labels = mapped.split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      if (i > 0) {
        out.append('.');
      }
      if (label.startsWith("xn--")) {
        try {
          String unicode = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
          if (unicode.equals(label)) {
            return null; // invalid Punycode
          }
        } catch (IllegalArgumentException e) {
          return null;
        }
        out.append(label);
        continue;
      }
      boolean ascii = true;
      for (int j = 0; j < label.length(); j++) {
        if (label.charAt(j) >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        out.append(label);
        continue;
      }
      try {
        out.append(IDN.toASCII(label, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return out.toString();
  }
}
