package dev.islet.runtime.webapi.compression;

import dev.islet.realm.Realm;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** The compression side: zlib ("deflate"), raw deflate, or gzip (raw deflate in RFC 1952's header and trailer). */
final class Deflate implements CompressionStreams.Codec {
  private final Deflater deflater;
  private final boolean gzip;
  private final CRC32 crc = new CRC32();
  private boolean headerWritten;

  Deflate(String format) {
    this.gzip = format.equals("gzip");
    this.deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, !format.equals("deflate"));
  }

  @Override
  public byte[] write(Realm realm, byte[] input) {
    realm.agent.budget.charge(1 + (input.length >> 6));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    header(out);
    crc.update(input);
    deflater.setInput(input);
    drain(out);
    return out.toByteArray();
  }

  @Override
  public byte[] finish(Realm realm) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    header(out);
    deflater.finish();
    drain(out);
    if (gzip) {
      writeInt(out, (int) crc.getValue());
      writeInt(out, (int) deflater.getBytesRead());
    }
    deflater.end();
    return out.toByteArray();
  }

  private void header(ByteArrayOutputStream out) {
    if (gzip && !headerWritten) {
      // ID1 ID2, CM = deflate, no flags, no mtime, XFL 0, OS 255 (unknown).
      out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, 0, 10);
    }
    headerWritten = true;
  }

  private void drain(ByteArrayOutputStream out) {
    byte[] buf = new byte[8192];
    while (true) {
      int n = deflater.deflate(buf);
      if (n > 0) {
        out.write(buf, 0, n);
      } else if (deflater.needsInput() || deflater.finished()) {
        return;
      }
    }
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
    out.write((v >>> 16) & 0xff);
    out.write((v >>> 24) & 0xff);
  }
}
