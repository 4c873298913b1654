package dev.islet.runtime.webapi.encoding;

import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * {@code atob} and {@code btoa} — https://html.spec.whatwg.org/#atob: forgiving-base64 decode and
 * base64 encode of "binary strings" (one char per byte).
 */
public final class Base64 {
  private Base64() {}

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  /** btoa(data) */
  public static Object btoa(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (args.length < 1) {
      throw HostErrors.typeError(realm, "Failed to execute 'btoa': 1 argument required, but only 0 present.");
    }
    String s = WebIdl.toDOMString(realm, args[0]);
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        throw HostErrors.domException(realm, "InvalidCharacterError",
            "Failed to execute 'btoa': The string to be encoded contains characters outside of the Latin1 range.");
      }
    }
    long outLength = (s.length() + 2L) / 3 * 4;
    realm.agent.chargeAppend(realm, outLength, outLength);
    realm.agent.budget.charge(1 + (s.length() >> 4));
    StringBuilder out = new StringBuilder((int) outLength);
    int i = 0;
    int n = s.length();
    for (; i + 2 < n; i += 3) {
      int v = s.charAt(i) << 16 | s.charAt(i + 1) << 8 | s.charAt(i + 2);
      out.append(ALPHABET[v >> 18]).append(ALPHABET[v >> 12 & 63]).append(ALPHABET[v >> 6 & 63]).append(ALPHABET[v & 63]);
    }
    if (n - i == 1) {
      int v = s.charAt(i) << 16;
      out.append(ALPHABET[v >> 18]).append(ALPHABET[v >> 12 & 63]).append("==");
    } else if (n - i == 2) {
      int v = s.charAt(i) << 16 | s.charAt(i + 1) << 8;
      out.append(ALPHABET[v >> 18]).append(ALPHABET[v >> 12 & 63]).append(ALPHABET[v >> 6 & 63]).append('=');
    }
    return out.toString();
  }

  /** atob(data) */
  public static Object atob(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (args.length < 1) {
      throw HostErrors.typeError(realm, "Failed to execute 'atob': 1 argument required, but only 0 present.");
    }
    String s = WebIdl.toDOMString(realm, args.length > 0 ? args[0] : Undefined.INSTANCE);
    byte[] bytes = forgivingDecode(realm, s);
    if (bytes == null) {
      throw HostErrors.domException(realm, "InvalidCharacterError", "Failed to execute 'atob': The string to be decoded is not correctly encoded.");
    }
    realm.heap.charge(SizeEstimates.string(bytes.length));
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      chars[i] = (char) (bytes[i] & 0xFF);
    }
    return new String(chars);
  }

  /** Forgiving-base64 decode — https://infra.spec.whatwg.org/#forgiving-base64-decode: the bytes, or null (failure). */
  public static byte[] forgivingDecode(Realm realm, String s) {
    realm.agent.budget.charge(1 + (s.length() >> 4));
    StringBuilder data = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != ' ') {
        data.append(c);
      }
    }
    int len = data.length();
    if (len % 4 == 0 && len > 0 && data.charAt(len - 1) == '=') {
      len--;
      if (data.charAt(len - 1) == '=') {
        len--;
      }
    }
    if (len % 4 == 1) {
      return null;
    }
    byte[] out = new byte[len * 3 / 4];
    int buffer = 0;
    int bits = 0;
    int o = 0;
    for (int i = 0; i < len; i++) {
      int v = value(data.charAt(i));
      if (v < 0) {
        return null;
      }
      buffer = buffer << 6 | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (byte) (buffer >> bits);
        buffer &= (1 << bits) - 1;
      }
    }
    return o == out.length ? out : java.util.Arrays.copyOf(out, o);
  }

  private static int value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '+') {
      return 62;
    }
    if (c == '/') {
      return 63;
    }
    return -1;
  }
}
