package dev.islet.runtime.webapi.compression;

import dev.islet.api.host.HostErrors;
import dev.islet.realm.Realm;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompression side. A gzip header is gathered until it is whole (RFC 1952: FEXTRA, FNAME,
 * FCOMMENT, FHCRC), then raw inflate, then the 8-byte trailer is checked. Corrupt input, data after
 * the end, or an unfinished stream at flush are TypeErrors.
 */
final class Inflate implements CompressionStreams.Codec {
  private final Inflater inflater;
  private final boolean gzip;
  private final CRC32 crc = new CRC32();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean inBody;
  private byte[] trailer = new byte[0];

  Inflate(String format) {
    this.gzip = format.equals("gzip");
    this.inflater = new Inflater(!format.equals("deflate"));
    this.inBody = !gzip;
  }

  @Override
  public byte[] write(Realm realm, byte[] input) {
    realm.agent.budget.charge(1 + (input.length >> 6));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] data = input;
    if (!inBody) {
      pending.write(input, 0, input.length);
      byte[] all = pending.toByteArray();
      int headerLength = gzipHeaderLength(realm, all);
      if (headerLength < 0) {
        return new byte[0];
      }
      inBody = true;
      data = java.util.Arrays.copyOfRange(all, headerLength, all.length);
    }
    if (inflater.finished()) {
      trailing(realm, data);
      return new byte[0];
    }
    inflater.setInput(data);
    byte[] buf = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n > 0) {
          realm.heap.charge(n);
          out.write(buf, 0, n);
          crc.update(buf, 0, n);
        } else if (inflater.needsInput() || inflater.needsDictionary()) {
          break;
        }
      }
    } catch (DataFormatException e) {
      throw HostErrors.typeError(realm, "DecompressionStream: the input is corrupt (" + e.getMessage() + ")");
    }
    if (inflater.finished()) {
      int rest = inflater.getRemaining();
      trailing(realm, java.util.Arrays.copyOfRange(data, data.length - rest, data.length));
    }
    return out.toByteArray();
  }

  /** Bytes after the deflate data: gzip's trailer, else (or beyond it) an error. */
  private void trailing(Realm realm, byte[] rest) {
    if (rest.length == 0) {
      return;
    }
    if (!gzip || trailer.length + rest.length > 8) {
      throw HostErrors.typeError(realm, "DecompressionStream: junk found after the end of the compressed data");
    }
    byte[] t = java.util.Arrays.copyOf(trailer, trailer.length + rest.length);
    System.arraycopy(rest, 0, t, trailer.length, rest.length);
    trailer = t;
  }

  @Override
  public byte[] finish(Realm realm) {
    if (!inflater.finished()) {
      throw HostErrors.typeError(realm, "DecompressionStream: the compressed data ended too soon");
    }
    if (gzip) {
      if (trailer.length != 8) {
        throw HostErrors.typeError(realm, "DecompressionStream: the gzip trailer is missing");
      }
      long storedCrc = readInt(trailer, 0) & 0xffffffffL;
      long storedSize = readInt(trailer, 4) & 0xffffffffL;
      if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
        throw HostErrors.typeError(realm, "DecompressionStream: the gzip checksum does not match");
      }
    }
    inflater.end();
    return new byte[0];
  }

  /** The length of a whole gzip header at the start of {@code b}, -1 if more bytes are needed. */
  private static int gzipHeaderLength(Realm realm, byte[] b) {
    if (b.length < 10) {
      if (b.length >= 1 && (b[0] & 0xff) != 0x1f || b.length >= 2 && (b[1] & 0xff) != 0x8b) {
        throw HostErrors.typeError(realm, "DecompressionStream: not gzip data");
      }
      return -1;
    }
    if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) {
      throw HostErrors.typeError(realm, "DecompressionStream: not gzip data");
    }
    int flags = b[3] & 0xff;
    int pos = 10;
    if ((flags & 4) != 0) {
      if (b.length < pos + 2) {
        return -1;
      }
      pos += 2 + ((b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8);
    }
    for (int bit : new int[] {8, 16}) {
      if ((flags & bit) != 0) {
        while (pos < b.length && b[pos] != 0) {
          pos++;
        }
        if (pos >= b.length) {
          return -1;
        }
        pos++;
      }
    }
    if ((flags & 2) != 0) {
      pos += 2;
    }
    return pos <= b.length ? pos : -1;
  }

  private static int readInt(byte[] b, int off) {
    return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
  }
}
