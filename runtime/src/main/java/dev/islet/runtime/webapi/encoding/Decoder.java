package dev.islet.runtime.webapi.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A streaming decoder of one encoding — https://encoding.spec.whatwg.org/#decoders. {@link #decode}
 * takes the next chunk of bytes and appends code points to {@code out}; an error appends U+FFFD
 * unless the decoder is fatal, in which case decode returns false (and the decoder must be reset).
 */
public abstract class Decoder {
  protected final boolean fatal;

  protected Decoder(boolean fatal) {
    this.fatal = fatal;
  }

  /** Decodes {@code in[off .. off+len)}; {@code flush} ends the stream. False on a fatal error. */
  public abstract boolean decode(byte[] in, int off, int len, boolean flush, StringBuilder out);

  /** A new decoder for the encoding {@code name} (as {@link Encodings#forLabel} returns). */
  public static Decoder forEncoding(String name, boolean fatal) {
    switch (name) {
      case "UTF-8":
        return new Utf8(fatal);
      case "UTF-16LE":
        return new Utf16(fatal, false);
      case "UTF-16BE":
        return new Utf16(fatal, true);
      case "x-user-defined":
        return new UserDefined(fatal);
      case "gbk":
      case "gb18030":
        return new Jdk(fatal, "GB18030");
      case "Big5":
        return new Jdk(fatal, "Big5-HKSCS");
      case "EUC-JP":
        return new Jdk(fatal, "EUC-JP");
      case "ISO-2022-JP":
        return new Jdk(fatal, "ISO-2022-JP");
      case "Shift_JIS":
        return new Jdk(fatal, "windows-31j");
      case "EUC-KR":
        return new Jdk(fatal, "x-windows-949");
      default:
        char[] index = Encodings.singleByteIndex(name);
        if (index == null) {
          throw new IllegalArgumentException("no decoder for " + name);
        }
        return new SingleByte(fatal, index);
    }
  }

  /** Appends an error: U+FFFD, or false for a fatal decoder. */
  protected final boolean error(StringBuilder out) {
    if (fatal) {
      return false;
    }
    out.append('\uFFFD');
    return true;
  }

  /** The UTF-8 decoder — https://encoding.spec.whatwg.org/#utf-8-decoder */
  static final class Utf8 extends Decoder {
    private int codePoint;
    private int bytesNeeded;
    private int bytesSeen;
    private int lower = 0x80;
    private int upper = 0xBF;

    Utf8(boolean fatal) {
      super(fatal);
    }

    @Override
    public boolean decode(byte[] in, int off, int len, boolean flush, StringBuilder out) {
      int end = off + len;
      for (int i = off; i < end; i++) {
        int b = in[i] & 0xFF;
        if (bytesNeeded == 0) {
          if (b < 0x80) {
            out.append((char) b);
          } else if (b >= 0xC2 && b <= 0xDF) {
            bytesNeeded = 1;
            codePoint = b & 0x1F;
          } else if (b >= 0xE0 && b <= 0xEF) {
            if (b == 0xE0) {
              lower = 0xA0;
            } else if (b == 0xED) {
              upper = 0x9F;
            }
            bytesNeeded = 2;
            codePoint = b & 0xF;
          } else if (b >= 0xF0 && b <= 0xF4) {
            if (b == 0xF0) {
              lower = 0x90;
            } else if (b == 0xF4) {
              upper = 0x8F;
            }
            bytesNeeded = 3;
            codePoint = b & 0x7;
          } else if (!error(out)) {
            return false;
          }
          continue;
        }
        if (b < lower || b > upper) {
          reset();
          i--; // the byte is processed again, as the start of a sequence
          if (!error(out)) {
            return false;
          }
          continue;
        }
        lower = 0x80;
        upper = 0xBF;
        codePoint = (codePoint << 6) | (b & 0x3F);
        if (++bytesSeen == bytesNeeded) {
          out.appendCodePoint(codePoint);
          reset();
        }
      }
      if (flush && bytesNeeded != 0) {
        reset();
        return error(out);
      }
      return true;
    }

    private void reset() {
      codePoint = 0;
      bytesNeeded = 0;
      bytesSeen = 0;
      lower = 0x80;
      upper = 0xBF;
    }
  }

  /** The shared UTF-16 decoder — https://encoding.spec.whatwg.org/#shared-utf-16-decoder */
  static final class Utf16 extends Decoder {
    private final boolean bigEndian;
    private int leadByte = -1;
    private int leadSurrogate = -1;

    Utf16(boolean fatal, boolean bigEndian) {
      super(fatal);
      this.bigEndian = bigEndian;
    }

    @Override
    public boolean decode(byte[] in, int off, int len, boolean flush, StringBuilder out) {
      int end = off + len;
      for (int i = off; i < end; i++) {
        int b = in[i] & 0xFF;
        if (leadByte < 0) {
          leadByte = b;
          continue;
        }
        int unit = bigEndian ? (leadByte << 8) | b : (b << 8) | leadByte;
        leadByte = -1;
        if (!unit(unit, out)) {
          return false;
        }
      }
      if (flush && (leadByte >= 0 || leadSurrogate >= 0)) {
        leadByte = -1;
        leadSurrogate = -1;
        return error(out);
      }
      return true;
    }

    private boolean unit(int unit, StringBuilder out) {
      if (leadSurrogate >= 0) {
        int lead = leadSurrogate;
        leadSurrogate = -1;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          out.append((char) lead).append((char) unit);
          return true;
        }
        if (!error(out)) {
          return false;
        }
        // The code unit is processed again on its own.
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        leadSurrogate = unit;
        return true;
      }
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return error(out);
      }
      out.append((char) unit);
      return true;
    }
  }

  /** A single-byte decoder — https://encoding.spec.whatwg.org/#single-byte-decoder */
  static final class SingleByte extends Decoder {
    private final char[] index;

    SingleByte(boolean fatal, char[] index) {
      super(fatal);
      this.index = index;
    }

    @Override
    public boolean decode(byte[] in, int off, int len, boolean flush, StringBuilder out) {
      for (int i = off, end = off + len; i < end; i++) {
        int b = in[i] & 0xFF;
        if (b < 0x80) {
          out.append((char) b);
        } else {
          char c = index[b - 0x80];
          if (c == '\uFFFF') {
            if (!error(out)) {
              return false;
            }
          } else {
            out.append(c);
          }
        }
      }
      return true;
    }
  }

  /** The x-user-defined decoder — https://encoding.spec.whatwg.org/#x-user-defined-decoder */
  static final class UserDefined extends Decoder {
    UserDefined(boolean fatal) {
      super(fatal);
    }

    @Override
    public boolean decode(byte[] in, int off, int len, boolean flush, StringBuilder out) {
      for (int i = off, end = off + len; i < end; i++) {
        int b = in[i] & 0xFF;
        out.append(b < 0x80 ? (char) b : (char) (0xF780 + b - 0x80));
      }
      return true;
    }
  }

  /**
   * A legacy multi-byte encoding through the JDK's charset of the same family.
   * TODO(conform): the JDK's tables and error handling differ from the Encoding Standard's in places.
   */
  static final class Jdk extends Decoder {
    private final CharsetDecoder decoder;
    private byte[] pending = new byte[0];

    Jdk(boolean fatal, String charset) {
      super(fatal);
      CodingErrorAction action = fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
      this.decoder = Charset.forName(charset).newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
          .replaceWith("\uFFFD");
    }

    @Override
    public boolean decode(byte[] in, int off, int len, boolean flush, StringBuilder out) {
      byte[] all = new byte[pending.length + len];
      System.arraycopy(pending, 0, all, 0, pending.length);
      System.arraycopy(in, off, all, pending.length, len);
      ByteBuffer bb = ByteBuffer.wrap(all);
      CharBuffer cb = CharBuffer.allocate(all.length * 2 + 16);
      CoderResult r = decoder.decode(bb, cb, flush);
      if (r.isError()) {
        return false;
      }
      if (flush) {
        r = decoder.flush(cb);
        if (r.isError()) {
          return false;
        }
        if (bb.hasRemaining() && !error(out)) {
          return false;
        }
        decoder.reset();
        pending = new byte[0];
      } else {
        pending = new byte[bb.remaining()];
        bb.get(pending);
      }
      cb.flip();
      out.append(cb);
      return true;
    }
  }
}
