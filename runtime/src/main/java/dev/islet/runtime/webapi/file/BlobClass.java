package dev.islet.runtime.webapi.file;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostPromises;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.encoding.TextEncoderClass;
import dev.islet.runtime.webapi.fetch.BodyMixin;
import dev.islet.values.Undefined;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Blob} and {@code File} interfaces — https://w3c.github.io/FileAPI/#blob-section. A blob's bytes are
 * immutable and held in memory (charged to the isolate); slices share nothing mutable with their source.
 */
public final class BlobClass {
  private BlobClass() {}

  /** A Blob: its bytes and its type (an ASCII-lowercase MIME type, or the empty string). */
  public static class BlobObject extends HostObject {
    final byte[] bytes;
    final String type;

    BlobObject(Realm realm, JsObject proto, byte[] bytes, String type) {
      super(realm, proto);
      this.bytes = bytes;
      this.type = type;
    }

    /** The blob's bytes; callers must not modify them. */
    public byte[] bytes() {
      return bytes;
    }

    public String type() {
      return type;
    }

    @Override
    public String className() {
      return "Blob";
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + SizeEstimates.ARRAY_HEADER + bytes.length + SizeEstimates.string(type.length());
    }
  }

  /** A File: a Blob with a name and a last-modified time. */
  public static final class FileObject extends BlobObject {
    final String name;
    final double lastModified;

    FileObject(Realm realm, JsObject proto, byte[] bytes, String type, String name, double lastModified) {
      super(realm, proto, bytes, type);
      this.name = name;
      this.lastModified = lastModified;
    }

    public String name() {
      return name;
    }

    public double lastModified() {
      return lastModified;
    }

    @Override
    public String className() {
      return "File";
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + SizeEstimates.string(name.length());
    }
  }

  public static final HostClass<BlobObject> BLOB = HostClass.builder("Blob", BlobObject.class)
      .constructor(0, (realm, args, newTarget) -> {
        Object parts = args.length > 0 ? args[0] : Undefined.INSTANCE;
        Object options = args.length > 1 ? args[1] : Undefined.INSTANCE;
        List<Object> partList = parts == Undefined.INSTANCE ? List.of() : WebIdl.toSequence(realm, parts, "Failed to construct 'Blob'");
        Bag bag = bag(realm, options, "Failed to construct 'Blob'");
        byte[] bytes = processParts(realm, partList, bag.nativeEndings);
        return new BlobObject(realm, BlobClass.BLOB.prototypeFor(realm, newTarget), bytes, bag.type);
      })
      .getter("size", (realm, self) -> (double) self.bytes.length)
      .getter("type", (realm, self) -> self.type)
      .method("slice", 0, (realm, self, args) -> slice(realm, self, args))
      .method("stream", 0, (realm, self, args) -> dev.islet.runtime.webapi.streams.BodySupport.fromBytes(realm, self.bytes.clone()))
      .method("text", 0, (realm, self, args) -> HostPromises.resolved(realm, BodyMixin.utf8Decode(realm, self.bytes)))
      .method("arrayBuffer", 0, (realm, self, args) -> HostPromises.resolved(realm, BufferSources.newArrayBuffer(realm, self.bytes.clone())))
      .method("bytes", 0, (realm, self, args) -> HostPromises.resolved(realm, BufferSources.newUint8Array(realm, self.bytes.clone())))
      .build();

  public static final HostClass<FileObject> FILE = HostClass.builder("File", FileObject.class)
      .inherits(BLOB)
      .constructor(2, (realm, args, newTarget) -> {
        if (args.length < 2) {
          throw HostErrors.typeError(realm, "Failed to construct 'File': 2 arguments required, but only " + args.length + " present.");
        }
        List<Object> partList = WebIdl.toSequence(realm, args[0], "Failed to construct 'File'");
        String name = WebIdl.toUSVString(realm, args[1]);
        Object options = args.length > 2 ? args[2] : Undefined.INSTANCE;
        // FilePropertyBag members in WebIDL order: endings, lastModified, type.
        double lastModified = Double.NaN;
        boolean nativeEndings = false;
        String type = "";
        if (!WebIdl.isNullish(options)) {
          JsObject dict = WebIdl.toDictionary(realm, options, "Failed to construct 'File'");
          nativeEndings = endings(realm, WebIdl.member(realm, dict, "endings"));
          Object lm = WebIdl.member(realm, dict, "lastModified");
          if (lm != Undefined.INSTANCE) {
            lastModified = toLongLong(realm, lm);
          }
          Object t = WebIdl.member(realm, dict, "type");
          type = t == Undefined.INSTANCE ? "" : normalizeType(WebIdl.toDOMString(realm, t));
        }
        if (Double.isNaN(lastModified)) {
          lastModified = realm.agent.timeSource().currentTimeMillis();
        }
        byte[] bytes = processParts(realm, partList, nativeEndings);
        return new FileObject(realm, BlobClass.FILE.prototypeFor(realm, newTarget), bytes, type, name, lastModified);
      })
      .getter("name", (realm, self) -> self.name)
      .getter("lastModified", (realm, self) -> self.lastModified)
      .build();

  /** A new Blob of {@code realm} with {@code type} as given (what body.blob() and structuredClone make). */
  public static BlobObject newBlob(Realm realm, byte[] bytes, String type) {
    realm.heap.charge(SizeEstimates.ARRAY_HEADER + bytes.length);
    return new BlobObject(realm, BLOB.prototype(realm), bytes, type);
  }

  /** A new File of {@code realm} with {@code type} as given. */
  public static FileObject newFile(Realm realm, byte[] bytes, String type, String name, double lastModified) {
    realm.heap.charge(SizeEstimates.ARRAY_HEADER + bytes.length);
    return new FileObject(realm, FILE.prototype(realm), bytes, type, name, lastModified);
  }

  private record Bag(String type, boolean nativeEndings) {}

  /** BlobPropertyBag, members in WebIDL (lexicographic) order: endings, type. */
  private static Bag bag(Realm realm, Object options, String context) {
    if (WebIdl.isNullish(options)) {
      return new Bag("", false);
    }
    JsObject dict = WebIdl.toDictionary(realm, options, context);
    boolean nativeEndings = endings(realm, WebIdl.member(realm, dict, "endings"));
    Object t = WebIdl.member(realm, dict, "type");
    return new Bag(t == Undefined.INSTANCE ? "" : normalizeType(WebIdl.toDOMString(realm, t)), nativeEndings);
  }

  private static boolean endings(Realm realm, Object v) {
    if (v == Undefined.INSTANCE) {
      return false;
    }
    return WebIdl.toEnum(realm, v, new String[] {"transparent", "native"}, "endings").equals("native");
  }

  /** WebIDL long long: ToNumber, then truncated modulo 2^64 into the signed range. */
  private static double toLongLong(Realm realm, Object v) {
    return WebIdl.convertToInt(realm, v, 64, true, WebIdl.IntMode.WRAP, "lastModified");
  }

  /** The type member: the empty string if it has a character outside U+0020–U+007E, else ASCII lowercase. */
  static String normalizeType(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return "";
      }
    }
    return t.toLowerCase(Locale.ROOT);
  }

  /** process blob parts — https://w3c.github.io/FileAPI/#process-blob-parts. */
  private static byte[] processParts(Realm realm, List<Object> parts, boolean nativeEndings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] b;
      if (part instanceof BlobObject blob) {
        b = blob.bytes;
      } else if (BufferSources.isBufferSource(part)) {
        b = BufferSources.copy(realm, part);
      } else {
        String s = WebIdl.toUSVString(realm, part);
        if (nativeEndings) {
          s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        b = TextEncoderClass.utf8(realm, s);
      }
      realm.heap.charge(b.length);
      realm.agent.budget.charge(1 + (b.length >> 6));
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  /** slice(start, end, contentType) — https://w3c.github.io/FileAPI/#dfn-slice. */
  private static BlobObject slice(Realm realm, BlobObject self, Object[] args) {
    long size = self.bytes.length;
    long relativeStart = 0;
    long relativeEnd = size;
    if (args.length > 0 && args[0] != Undefined.INSTANCE) {
      relativeStart = clamp(toLongLong(realm, args[0]), size);
    }
    if (args.length > 1 && args[1] != Undefined.INSTANCE) {
      relativeEnd = clamp(toLongLong(realm, args[1]), size);
    }
    String type = "";
    if (args.length > 2 && args[2] != Undefined.INSTANCE) {
      type = normalizeType(WebIdl.toDOMString(realm, args[2]));
    }
    int span = (int) Math.max(relativeEnd - relativeStart, 0);
    byte[] bytes = java.util.Arrays.copyOfRange(self.bytes, (int) relativeStart, (int) relativeStart + span);
    realm.heap.charge(SizeEstimates.ARRAY_HEADER + span);
    return new BlobObject(realm, BLOB.prototype(realm), bytes, type);
  }

  private static long clamp(double relative, long size) {
    if (relative < 0) {
      return (long) Math.max(size + relative, 0);
    }
    return (long) Math.min(relative, size);
  }
}
