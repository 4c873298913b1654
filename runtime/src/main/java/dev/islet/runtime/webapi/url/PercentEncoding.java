package dev.islet.runtime.webapi.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoded bytes — https://url.spec.whatwg.org/#percent-encoded-bytes: the encode sets and
 * UTF-8 percent-encoding and decoding.
 */
public final class PercentEncoding {
  private PercentEncoding() {}

  /** An encode set: which code points (all non-ASCII ones, plus these ASCII ones) are encoded. */
  public enum EncodeSet {
    C0_CONTROL(""),
    FRAGMENT(" \"<>`"),
    QUERY(" \"#<>"),
    SPECIAL_QUERY(" \"#<>'"),
    PATH(" \"#<>?`{}"),
    USERINFO(" \"#<>?`{}/:;=@[\\]^|"),
    COMPONENT(" \"#<>?`{}/:;=@[\\]^|$%&+,"),
    FORM_URLENCODED(" \"#<>?`{}/:;=@[\\]^|$%&+,!'()~");

    private final boolean[] ascii = new boolean[128];

    EncodeSet(String extra) {
      for (int c = 0; c < 0x20; c++) {
        ascii[c] = true;
      }
      ascii[0x7F] = true;
      for (int i = 0; i < extra.length(); i++) {
        ascii[extra.charAt(i)] = true;
      }
    }

    public boolean contains(int codePoint) {
      return codePoint >= 0x7F || ascii[codePoint];
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** UTF-8 percent-encodes one code point into {@code out} if it is in {@code set}; else appends it. */
  public static void encode(StringBuilder out, int codePoint, EncodeSet set) {
    if (!set.contains(codePoint)) {
      out.appendCodePoint(codePoint);
      return;
    }
    byte[] bytes = new String(Character.toChars(Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF ? 0xFFFD : codePoint))
        .getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      appendByte(out, b & 0xFF);
    }
  }

  static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 15]);
  }

  /** UTF-8 percent-encodes each code point of {@code s} in {@code set} (lone surrogates as U+FFFD). */
  public static String encode(String s, EncodeSet set) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (set.contains(cp) && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        encode(out, cp, set);
      }
      i += Character.charCount(cp);
    }
    return out == null ? s : out.toString();
  }

  /**
   * The application/x-www-form-urlencoded serializer's byte encoding: UTF-8, space as '+', the form
   * set percent-encoded.
   */
  public static String encodeForm(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == ' ') {
        out.append('+');
      } else {
        encode(out, cp, EncodeSet.FORM_URLENCODED);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static int hex(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Percent-decode — https://url.spec.whatwg.org/#percent-decode: the bytes of {@code s} (as UTF-8) with %XX decoded. */
  public static byte[] decode(String s) {
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    return decode(in);
  }

  public static byte[] decode(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int b = in[i] & 0xFF;
      if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
        out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** UTF-8 decode without BOM, replacing invalid sequences with U+FFFD. */
  public static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
