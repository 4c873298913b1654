package dev.islet.builtins.indexed;

import dev.islet.builtins.structured.ElementType;
import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Undefined;

/**
 * Uint8Array to and from base64 and hex — https://tc39.es/ecma262/#sec-uint8array-objects
 * (fromBase64, fromHex, toBase64, toHex, setFromBase64, setFromHex). Decoding never runs user
 * code; it charges the budget per character.
 */
final class Uint8ArrayEncoding {
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final int LOOSE = 0;
  private static final int STRICT = 1;
  private static final int STOP_BEFORE_PARTIAL = 2;

  private Uint8ArrayEncoding() {}

  /** The result of FromBase64 / FromHex: characters read, bytes decoded and a deferred error. */
  private static final class Decoded {
    int read;
    byte[] bytes;
    int count;
    JsThrow error;

    Decoded(int capacity) {
      bytes = new byte[capacity];
    }

    void add(int b) {
      bytes[count++] = (byte) b;
    }
  }

  // ------------------------------------------------------------------ entry points

  /** Uint8Array.fromBase64 ( string [ , options ] ) */
  static Object fromBase64(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = stringArg(realm, Args.get(args, 0));
    JsObject opts = optionsObject(realm, Args.get(args, 1));
    boolean url = alphabet(realm, opts);
    int lastChunk = lastChunkHandling(realm, opts);
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      Decoded r = fromBase64(realm, mem, s, url, lastChunk, Long.MAX_VALUE);
      if (r.error != null) {
        throw r.error;
      }
      return newUint8Array(realm, r);
    }
  }

  /** Uint8Array.fromHex ( string ) */
  static Object fromHex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = stringArg(realm, Args.get(args, 0));
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      Decoded r = fromHex(realm, mem, s, Long.MAX_VALUE);
      if (r.error != null) {
        throw r.error;
      }
      return newUint8Array(realm, r);
    }
  }

  /** Uint8Array.prototype.setFromBase64 ( string [ , options ] ) */
  static Object setFromBase64(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject into = validateUint8Array(realm, thisValue, "Uint8Array.prototype.setFromBase64");
    String s = stringArg(realm, Args.get(args, 0));
    JsObject opts = optionsObject(realm, Args.get(args, 1));
    boolean url = alphabet(realm, opts);
    int lastChunk = lastChunkHandling(realm, opts);
    int byteLength = into.lengthOrOutOfBounds();
    if (byteLength < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      return storeResult(realm, into, fromBase64(realm, mem, s, url, lastChunk, byteLength));
    }
  }

  /** Uint8Array.prototype.setFromHex ( string ) */
  static Object setFromHex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject into = validateUint8Array(realm, thisValue, "Uint8Array.prototype.setFromHex");
    String s = stringArg(realm, Args.get(args, 0));
    int byteLength = into.lengthOrOutOfBounds();
    if (byteLength < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      return storeResult(realm, into, fromHex(realm, mem, s, byteLength));
    }
  }

  /** Uint8Array.prototype.toBase64 ( [ options ] ) */
  static Object toBase64(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validateUint8Array(realm, thisValue, "Uint8Array.prototype.toBase64");
    JsObject opts = optionsObject(realm, Args.get(args, 0));
    boolean url = alphabet(realm, opts);
    boolean omitPadding = TypeConversion.toBoolean(opts.get(realm, "omitPadding", opts));
    int len = o.lengthOrOutOfBounds();
    if (len < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    String table = url ? BASE64URL : BASE64;
    long outLen = (len + 2L) / 3 * 4;
    realm.agent.chargeAppend(realm, outLen, outLen);
    byte[] d = o.buffer.data();
    int off = o.byteOffset;
    StringBuilder sb = new StringBuilder((int) outLen);
    int i = 0;
    for (; i + 3 <= len; i += 3) {
      int v = (d[off + i] & 0xFF) << 16 | (d[off + i + 1] & 0xFF) << 8 | d[off + i + 2] & 0xFF;
      sb.append(table.charAt(v >> 18)).append(table.charAt(v >> 12 & 63)).append(table.charAt(v >> 6 & 63)).append(table.charAt(v & 63));
    }
    int rest = len - i;
    if (rest > 0) {
      int v = (d[off + i] & 0xFF) << 16 | (rest == 2 ? (d[off + i + 1] & 0xFF) << 8 : 0);
      sb.append(table.charAt(v >> 18)).append(table.charAt(v >> 12 & 63));
      if (rest == 2) {
        sb.append(table.charAt(v >> 6 & 63));
      }
      if (!omitPadding) {
        sb.append(rest == 2 ? "=" : "==");
      }
    }
    return sb.toString();
  }

  /** Uint8Array.prototype.toHex ( ) */
  static Object toHex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validateUint8Array(realm, thisValue, "Uint8Array.prototype.toHex");
    int len = o.lengthOrOutOfBounds();
    if (len < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    realm.agent.chargeAppend(realm, 2L * len, 2L * len);
    byte[] d = o.buffer.data();
    char[] out = new char[2 * len];
    for (int i = 0; i < len; i++) {
      int b = d[o.byteOffset + i] & 0xFF;
      out[2 * i] = HEX[b >> 4];
      out[2 * i + 1] = HEX[b & 15];
    }
    return new String(out);
  }

  // ------------------------------------------------------------------ helpers

  /** ValidateUint8Array ( ta ) */
  private static TypedArrayObject validateUint8Array(Realm realm, Object v, String method) {
    if (v instanceof TypedArrayObject ta && ta.type == ElementType.UINT8) {
      return ta;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(v));
  }

  private static String stringArg(Realm realm, Object v) {
    if (!JsStrings.isString(v)) {
      throw Errors.typeError(realm, Msg.NOT_A_STRING, Describe.value(v));
    }
    return JsStrings.flat(v);
  }

  /** GetOptionsObject ( options ) */
  private static JsObject optionsObject(Realm realm, Object options) {
    if (options == Undefined.INSTANCE) {
      return JsObject.ordinary(realm, null);
    }
    if (options instanceof JsObject o) {
      return o;
    }
    throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(options));
  }

  /** The "alphabet" option: true for base64url. */
  private static boolean alphabet(Realm realm, JsObject opts) {
    Object a = opts.get(realm, "alphabet", opts);
    if (a == Undefined.INSTANCE) {
      return false;
    }
    String s = JsStrings.isString(a) ? JsStrings.flat(a) : null;
    if ("base64".equals(s)) {
      return false;
    }
    if ("base64url".equals(s)) {
      return true;
    }
    throw Errors.typeError(realm, Msg.INVALID_OPTION, "alphabet", Describe.value(a));
  }

  private static int lastChunkHandling(Realm realm, JsObject opts) {
    Object h = opts.get(realm, "lastChunkHandling", opts);
    if (h == Undefined.INSTANCE) {
      return LOOSE;
    }
    String s = JsStrings.isString(h) ? JsStrings.flat(h) : "";
    switch (s) {
      case "loose":
        return LOOSE;
      case "strict":
        return STRICT;
      case "stop-before-partial":
        return STOP_BEFORE_PARTIAL;
      default:
        throw Errors.typeError(realm, Msg.INVALID_OPTION, "lastChunkHandling", Describe.value(h));
    }
  }

  private static TypedArrayObject newUint8Array(Realm realm, Decoded r) {
    TypedArrayObject ta = new TypedArrayObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.UINT8_ARRAY_PROTOTYPE)), ElementType.UINT8);
    TypedArrayCreation.allocateBuffer(realm, ta, r.count);
    System.arraycopy(r.bytes, 0, ta.buffer.data(), 0, r.count);
    return ta;
  }

  /** Writes the decoded bytes, then throws a deferred error or returns { read, written }. */
  private static Object storeResult(Realm realm, TypedArrayObject into, Decoded r) {
    System.arraycopy(r.bytes, 0, into.buffer.data(), into.byteOffset, r.count);
    if (r.error != null) {
      throw r.error;
    }
    JsObject result = JsObject.ordinary(realm, realm.objectPrototype());
    result.defineDirect(realm, "read", r.read, Attributes.DEFAULT);
    result.defineDirect(realm, "written", r.count, Attributes.DEFAULT);
    return result;
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
  }

  private static int skipWhitespace(String s, int i) {
    while (i < s.length() && isAsciiWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static JsThrow syntaxError(Realm realm, String what) {
    return Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, what);
  }

  /** FromBase64 ( string, alphabet, lastChunkHandling [ , maxLength ] ) — https://tc39.es/ecma262/#sec-frombase64 */
  private static Decoded fromBase64(Realm realm, ScratchMemory mem, String s, boolean url, int lastChunkHandling, long maxLength) {
    int length = s.length();
    realm.agent.budget.charge(1 + (length >> 4));
    int capacity = (int) Math.min(maxLength, (length / 4L + 1) * 3);
    mem.charge(16L + capacity);
    Decoded r = new Decoded(capacity);
    if (maxLength == 0) {
      return r;
    }
    int[] chunk = new int[4];
    int chunkLength = 0;
    int index = 0;
    while (true) {
      index = skipWhitespace(s, index);
      if (index == length) {
        if (chunkLength > 0) {
          if (lastChunkHandling == STOP_BEFORE_PARTIAL) {
            return r;
          }
          if (lastChunkHandling == LOOSE && chunkLength > 1) {
            decodeChunk(realm, r, chunk, chunkLength, false);
          } else {
            r.error = syntaxError(realm, "Invalid base64 string: incomplete last chunk");
            return r;
          }
        }
        r.read = length;
        return r;
      }
      char c = s.charAt(index++);
      if (c == '=') {
        if (chunkLength < 2) {
          r.error = syntaxError(realm, "Invalid base64 string: unexpected padding");
          return r;
        }
        index = skipWhitespace(s, index);
        if (chunkLength == 2) {
          if (index == length) {
            if (lastChunkHandling != STOP_BEFORE_PARTIAL) {
              r.error = syntaxError(realm, "Invalid base64 string: incomplete padding");
            }
            return r;
          }
          if (s.charAt(index) == '=') {
            index = skipWhitespace(s, index + 1);
          }
        }
        if (index < length) {
          r.error = syntaxError(realm, "Invalid base64 string: data after padding");
          return r;
        }
        if (!decodeChunk(realm, r, chunk, chunkLength, lastChunkHandling == STRICT)) {
          return r;
        }
        r.read = length;
        return r;
      }
      if (url) {
        if (c == '+' || c == '/') {
          r.error = syntaxError(realm, "Invalid base64url string: '" + c + "'");
          return r;
        }
        c = c == '-' ? '+' : c == '_' ? '/' : c;
      }
      int v = c < 128 ? BASE64.indexOf(c) : -1;
      if (v < 0) {
        r.error = syntaxError(realm, "Invalid base64 string: unexpected character");
        return r;
      }
      long remaining = maxLength - r.count;
      if (remaining == 1 && chunkLength == 2 || remaining == 2 && chunkLength == 3) {
        return r;
      }
      chunk[chunkLength++] = v;
      if (chunkLength == 4) {
        decodeChunk(realm, r, chunk, 4, false);
        chunkLength = 0;
        r.read = index;
        if (r.count == maxLength) {
          return r;
        }
      }
    }
  }

  /** DecodeBase64Chunk ( chunk [ , throwOnExtraBits ] ): false (with the error set) when extra bits are not zero. */
  private static boolean decodeChunk(Realm realm, Decoded r, int[] chunk, int chunkLength, boolean throwOnExtraBits) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = v << 6 | (i < chunkLength ? chunk[i] : 0);
    }
    int b0 = v >> 16 & 0xFF;
    int b1 = v >> 8 & 0xFF;
    int b2 = v & 0xFF;
    if (chunkLength == 2) {
      if (throwOnExtraBits && b1 != 0) {
        r.error = syntaxError(realm, "Invalid base64 string: extra bits");
        return false;
      }
      r.add(b0);
    } else if (chunkLength == 3) {
      if (throwOnExtraBits && b2 != 0) {
        r.error = syntaxError(realm, "Invalid base64 string: extra bits");
        return false;
      }
      r.add(b0);
      r.add(b1);
    } else {
      r.add(b0);
      r.add(b1);
      r.add(b2);
    }
    return true;
  }

  /** FromHex ( string [ , maxLength ] ) — https://tc39.es/ecma262/#sec-fromhex */
  private static Decoded fromHex(Realm realm, ScratchMemory mem, String s, long maxLength) {
    int length = s.length();
    realm.agent.budget.charge(1 + (length >> 4));
    int capacity = (int) Math.min(maxLength, length / 2);
    mem.charge(16L + capacity);
    Decoded r = new Decoded(capacity);
    if (length % 2 != 0) {
      r.error = syntaxError(realm, "Invalid hex string: odd length");
      return r;
    }
    while (r.read < length && r.count < maxLength) {
      int hi = Character.digit(s.charAt(r.read), 16);
      int lo = Character.digit(s.charAt(r.read + 1), 16);
      if (hi < 0 || lo < 0 || s.charAt(r.read) > 'f' || s.charAt(r.read + 1) > 'f') {
        r.error = syntaxError(realm, "Invalid hex string: unexpected character");
        return r;
      }
      r.read += 2;
      r.add(hi << 4 | lo);
    }
    return r;
  }
}
