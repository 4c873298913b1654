package dev.islet.runtime.webapi.url;

import java.math.BigInteger;

/**
 * Host parsing — https://url.spec.whatwg.org/#host-parsing: IPv6 and IPv4 addresses, opaque hosts
 * and domains (through {@link Idna}). Returns the serialized host, or null for failure.
 */
final class HostParser {
  private HostParser() {}

  /** The host parser ( input, isOpaque ): the serialized host or null (failure). */
  static String parse(String input, boolean isOpaque) {
    if (input.startsWith("[")) {
      if (!input.endsWith("]")) {
        return null;
      }
      int[] address = parseIpv6(input.substring(1, input.length() - 1));
      return address == null ? null : "[" + serializeIpv6(address) + "]";
    }
    if (isOpaque) {
      return parseOpaqueHost(input);
    }
    String domain = PercentEncoding.utf8(PercentEncoding.decode(input));
    String asciiDomain = Idna.domainToAscii(domain, false);
    if (asciiDomain == null || asciiDomain.isEmpty()) {
      return null;
    }
    if (endsInANumber(asciiDomain)) {
      long v4 = parseIpv4(asciiDomain);
      return v4 < 0 ? null : serializeIpv4(v4);
    }
    return asciiDomain;
  }

  /** https://url.spec.whatwg.org/#forbidden-host-code-point */
  static boolean isForbiddenHostCodePoint(int c) {
    switch (c) {
      case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
        return true;
      default:
        return false;
    }
  }

  /** https://url.spec.whatwg.org/#forbidden-domain-code-point */
  static boolean isForbiddenDomainCodePoint(int c) {
    return isForbiddenHostCodePoint(c) || c <= 0x1F || c == '%' || c == 0x7F;
  }

  private static String parseOpaqueHost(String input) {
    for (int i = 0; i < input.length(); i++) {
      if (isForbiddenHostCodePoint(input.charAt(i))) {
        return null;
      }
    }
    return PercentEncoding.encode(input, PercentEncoding.EncodeSet.C0_CONTROL);
  }

  /** https://url.spec.whatwg.org/#ends-in-a-number-checker */
  private static boolean endsInANumber(String input) {
    String[] parts = input.split("\\.", -1);
    int n = parts.length;
    if (parts[n - 1].isEmpty()) {
      if (n == 1) {
        return false;
      }
      n--;
    }
    String last = parts[n - 1];
    if (!last.isEmpty() && allDigits(last)) {
      return true;
    }
    return parseIpv4Number(last) != null;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The IPv4 number parser: the value, or null for failure. */
  private static BigInteger parseIpv4Number(String input) {
    if (input.isEmpty()) {
      return null;
    }
    int radix = 10;
    if (input.length() >= 2 && (input.startsWith("0x") || input.startsWith("0X"))) {
      radix = 16;
      input = input.substring(2);
    } else if (input.length() >= 2 && input.charAt(0) == '0') {
      radix = 8;
      input = input.substring(1);
    }
    if (input.isEmpty()) {
      return BigInteger.ZERO;
    }
    for (int i = 0; i < input.length(); i++) {
      if (Character.digit(input.charAt(i), radix) < 0 || input.charAt(i) > 0x7F) {
        return null;
      }
    }
    return new BigInteger(input, radix);
  }

  /** The IPv4 parser: the address, or -1 for failure. */
  private static long parseIpv4(String input) {
    String[] parts = input.split("\\.", -1);
    int n = parts.length;
    if (parts[n - 1].isEmpty() && n > 1) {
      n--;
    }
    if (n > 4) {
      return -1;
    }
    BigInteger[] numbers = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      BigInteger v = parseIpv4Number(parts[i]);
      if (v == null) {
        return -1;
      }
      numbers[i] = v;
    }
    BigInteger b255 = BigInteger.valueOf(255);
    for (int i = 0; i < n - 1; i++) {
      if (numbers[i].compareTo(b255) > 0) {
        return -1;
      }
    }
    if (numbers[n - 1].compareTo(BigInteger.valueOf(256).pow(5 - n)) >= 0) {
      return -1;
    }
    long ipv4 = numbers[n - 1].longValue();
    for (int i = 0; i < n - 1; i++) {
      ipv4 += numbers[i].longValue() << (8 * (3 - i));
    }
    return ipv4;
  }

  private static String serializeIpv4(long address) {
    return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
  }

  /** The IPv6 parser — https://url.spec.whatwg.org/#concept-ipv6-parser: eight pieces, or null. */
  static int[] parseIpv6(String text) {
    int[] address = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int p = 0;
    int n = text.length();
    if (p < n && text.charAt(p) == ':') {
      if (p + 1 >= n || text.charAt(p + 1) != ':') {
        return null;
      }
      p += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (p < n) {
      if (pieceIndex == 8) {
        return null;
      }
      if (text.charAt(p) == ':') {
        if (compress >= 0) {
          return null;
        }
        p++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < 4 && p < n && hex(text.charAt(p)) >= 0) {
        value = value * 16 + hex(text.charAt(p));
        p++;
        length++;
      }
      if (p < n && text.charAt(p) == '.') {
        if (length == 0) {
          return null;
        }
        p -= length;
        if (pieceIndex > 6) {
          return null;
        }
        int numbersSeen = 0;
        while (p < n) {
          int ipv4Piece = -1;
          if (numbersSeen > 0) {
            if (text.charAt(p) == '.' && numbersSeen < 4) {
              p++;
            } else {
              return null;
            }
          }
          if (p >= n || !isDigit(text.charAt(p))) {
            return null;
          }
          while (p < n && isDigit(text.charAt(p))) {
            int number = text.charAt(p) - '0';
            if (ipv4Piece == -1) {
              ipv4Piece = number;
            } else if (ipv4Piece == 0) {
              return null;
            } else {
              ipv4Piece = ipv4Piece * 10 + number;
            }
            if (ipv4Piece > 255) {
              return null;
            }
            p++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen == 2 || numbersSeen == 4) {
            pieceIndex++;
          }
        }
        if (numbersSeen != 4) {
          return null;
        }
        break;
      } else if (p < n && text.charAt(p) == ':') {
        p++;
        if (p >= n) {
          return null;
        }
      } else if (p < n) {
        return null;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress >= 0) {
      int swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex != 0 && swaps > 0) {
        int t = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = t;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex != 8) {
      return null;
    }
    return address;
  }

  /** The IPv6 serializer: the longest run (length > 1) of zero pieces, first if tied, becomes "::". */
  static String serializeIpv6(int[] address) {
    int compress = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (address[i] == 0) {
        int j = i;
        while (j < 8 && address[j] == 0) {
          j++;
        }
        if (j - i > bestLength) {
          bestLength = j - i;
          compress = i;
        }
        i = j;
      } else {
        i++;
      }
    }
    StringBuilder out = new StringBuilder(40);
    boolean ignore0 = false;
    for (int i = 0; i < 8; i++) {
      if (ignore0 && address[i] == 0) {
        continue;
      }
      ignore0 = false;
      if (compress == i) {
        out.append(i == 0 ? "::" : ":");
        ignore0 = true;
        continue;
      }
      out.append(Integer.toHexString(address[i]));
      if (i != 7) {
        out.append(':');
      }
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hex(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
