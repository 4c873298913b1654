package dev.islet.runtime.webapi.url;

/** Punycode — https://www.rfc-editor.org/rfc/rfc3492: Bootstring with the IDNA parameters. */
final class Punycode {
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  private Punycode() {}

  private static int adapt(int delta, int numPoints, boolean firstTime) {
    delta = firstTime ? delta / DAMP : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return -1;
  }

  /** Encodes a label's code points; null on overflow. */
  static String encode(String input) {
    int[] cps = input.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    for (int cp : cps) {
      if (cp < 0x80) {
        out.append((char) cp);
      }
    }
    int basic = out.length();
    int handled = basic;
    if (basic > 0) {
      out.append('-');
    }
    int n = INITIAL_N;
    long delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < cps.length) {
      int m = Integer.MAX_VALUE;
      for (int cp : cps) {
        if (cp >= n && cp < m) {
          m = cp;
        }
      }
      delta += (long) (m - n) * (handled + 1);
      if (delta > Integer.MAX_VALUE) {
        return null;
      }
      n = m;
      for (int cp : cps) {
        if (cp < n && ++delta > Integer.MAX_VALUE) {
          return null;
        }
        if (cp == n) {
          long q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if (q < t) {
              break;
            }
            out.append(digit((int) (t + (q - t) % (BASE - t))));
            q = (q - t) / (BASE - t);
          }
          out.append(digit((int) q));
          bias = adapt((int) delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return out.toString();
  }

  /** Decodes a label (without "xn--"); null when it is not valid Punycode. */
  static String decode(String input) {
    int b = input.lastIndexOf('-');
    if (b < 0) {
      b = 0;
    }
    StringBuilder out = new StringBuilder();
    java.util.List<Integer> cps = new java.util.ArrayList<>();
    for (int j = 0; j < b; j++) {
      char c = input.charAt(j);
      if (c >= 0x80) {
        return null;
      }
      cps.add((int) c);
    }
    int n = INITIAL_N;
    long i = 0;
    int bias = INITIAL_BIAS;
    int in = b > 0 ? b + 1 : 0;
    while (in < input.length()) {
      long oldi = i;
      long w = 1;
      for (int k = BASE; ; k += BASE) {
        if (in >= input.length()) {
          return null;
        }
        int d = value(input.charAt(in++));
        if (d < 0) {
          return null;
        }
        i += d * w;
        if (i > Integer.MAX_VALUE) {
          return null;
        }
        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (d < t) {
          break;
        }
        w *= BASE - t;
        if (w > Integer.MAX_VALUE) {
          return null;
        }
      }
      int size = cps.size() + 1;
      bias = adapt((int) (i - oldi), size, oldi == 0);
      n += (int) (i / size);
      if (n > 0x10FFFF) {
        return null;
      }
      i %= size;
      cps.add((int) i, n);
      i++;
    }
    for (int cp : cps) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        return null;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
