package dev.islet.runtime.webapi.file;

import dev.islet.api.host.HostErrors;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.encoding.TextEncoderClass;
import dev.islet.runtime.webapi.fetch.BodyMixin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * multipart/form-data: the encoding algorithm of HTML
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart/form-data-encoding-algorithm)
 * for FormData bodies, and the parser body.formData() uses (RFC 7578, as
 * https://andreubotella.github.io/multipart-form-data/ writes it down).
 */
public final class Multipart {
  private Multipart() {}

  /** A boundary that does not occur in the entries (random, so no body can predict it). */
  public static String newBoundary() {
    return "----isletFormBoundary" + Long.toHexString(ThreadLocalRandom.current().nextLong())
        + Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /** The encoded entry list, charged to the isolate. */
  public static byte[] encode(Realm realm, List<FormDataClass.Entry> entries, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (FormDataClass.Entry e : entries) {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + escape(crlf(e.name())) + "\"");
      if (e.value() instanceof BlobClass.FileObject file) {
        String type = file.type().isEmpty() ? "application/octet-stream" : file.type();
        write(out, "; filename=\"" + escape(file.name()) + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        out.write(file.bytes(), 0, file.bytes().length);
      } else {
        write(out, "\r\n\r\n");
        byte[] value = TextEncoderClass.utf8(realm, crlf((String) e.value()));
        out.write(value, 0, value.length);
      }
      write(out, "\r\n");
      realm.agent.budget.charge(1 + (out.size() >> 10));
    }
    write(out, "--" + boundary + "--\r\n");
    realm.heap.charge(out.size());
    return out.toByteArray();
  }

  /** Every lone CR and lone LF as CRLF. */
  private static String crlf(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }

  /** Names and filenames in a header: LF, CR and " percent-encoded. */
  private static String escape(String s) {
    return s.replace("\n", "%0A").replace("\r", "%0D").replace("\"", "%22");
  }

  private static void write(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.write(b, 0, b.length);
  }

  /** Parses {@code body} with {@code boundary}; a TypeError when it is not well-formed. */
  public static List<FormDataClass.Entry> parse(Realm realm, byte[] body, String boundary) {
    realm.agent.budget.charge(1 + (body.length >> 8));
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<FormDataClass.Entry> entries = new ArrayList<>();
    int p = 0;
    if (!startsWith(body, p, delimiter)) {
      throw malformed(realm);
    }
    p += delimiter.length;
    while (true) {
      if (startsWith(body, p, new byte[] {'-', '-'})) {
        return entries;
      }
      if (!startsWith(body, p, CRLF)) {
        throw malformed(realm);
      }
      p += 2;
      String name = null;
      String filename = null;
      String contentType = null;
      while (!startsWith(body, p, CRLF)) {
        int end = indexOf(body, CRLF, p);
        if (end < 0) {
          throw malformed(realm);
        }
        String line = new String(body, p, end - p, StandardCharsets.UTF_8);
        p = end + 2;
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw malformed(realm);
        }
        String header = line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        if (header.equals("content-disposition")) {
          if (!value.toLowerCase(java.util.Locale.ROOT).startsWith("form-data")) {
            throw malformed(realm);
          }
          name = parameter(value, "name");
          filename = parameter(value, "filename");
        } else if (header.equals("content-type")) {
          contentType = value;
        }
      }
      p += 2;
      if (name == null) {
        throw malformed(realm);
      }
      byte[] next = concat(CRLF, delimiter);
      int end = indexOf(body, next, p);
      if (end < 0) {
        throw malformed(realm);
      }
      byte[] content = java.util.Arrays.copyOfRange(body, p, end);
      p = end + next.length;
      if (filename != null) {
        String type = contentType == null ? "text/plain" : contentType;
        entries.add(new FormDataClass.Entry(name, BlobClass.newFile(realm, content, type, filename,
            realm.agent.timeSource().currentTimeMillis())));
      } else {
        entries.add(new FormDataClass.Entry(name, BodyMixin.utf8Decode(realm, content)));
      }
    }
  }

  private static final byte[] CRLF = {'\r', '\n'};

  /** A {@code key="value"} (or unquoted) parameter of a Content-Disposition value, percent-escapes undone. */
  private static String parameter(String header, String key) {
    for (String part : header.split(";")) {
      String t = part.trim();
      int eq = t.indexOf('=');
      if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(key)) {
        String v = t.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v.replace("%0A", "\n").replace("%0D", "\r").replace("%22", "\"");
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] needle, int from) {
    for (int i = from; i + needle.length <= b.length; i++) {
      if (startsWith(b, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static RuntimeException malformed(Realm realm) {
    return HostErrors.typeError(realm, "Could not parse content as FormData.");
  }
}
