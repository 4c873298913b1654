package dev.islet.runtime.webapi.compression;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostPromises;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.TransformStreamClass;
import dev.islet.runtime.webapi.streams.TransformStreamClass.TransformStreamObject;
import dev.islet.values.Undefined;

/**
 * {@code CompressionStream} and {@code DecompressionStream} — https://compression.spec.whatwg.org/:
 * TransformStreams over {@link java.util.zip} ("gzip", "deflate", "deflate-raw").
 */
public final class CompressionStreams {
  private CompressionStreams() {}

  private static final String[] FORMATS = {"deflate", "deflate-raw", "gzip"};

  /** A CompressionStream or DecompressionStream: its transform stream and codec. */
  public static final class CodecObject extends HostObject {
    TransformStreamObject transform;
    final boolean compress;

    CodecObject(Realm realm, JsObject proto, boolean compress) {
      super(realm, proto);
      this.compress = compress;
    }

    @Override
    public String className() {
      return compress ? "CompressionStream" : "DecompressionStream";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(transform);
    }
  }

  /** A codec fed chunk by chunk: each call returns the bytes it can give so far. */
  interface Codec {
    byte[] write(Realm realm, byte[] input);

    byte[] finish(Realm realm);
  }

  public static final HostClass<CodecObject> COMPRESSION_STREAM = define("CompressionStream", true);
  public static final HostClass<CodecObject> DECOMPRESSION_STREAM = define("DecompressionStream", false);

  private static HostClass<CodecObject> define(String name, boolean compress) {
    return HostClass.builder(name, CodecObject.class)
        .constructor(1, (realm, args, nt) -> {
          String ctx = "Failed to construct '" + name + "'";
          if (args.length == 0) {
            throw HostErrors.typeError(realm, ctx + ": 1 argument required, but only 0 present.");
          }
          String format = WebIdl.toEnum(realm, args[0], FORMATS, ctx);
          Codec codec = compress ? new Deflate(format) : new Inflate(format);
          CodecObject self = new CodecObject(realm, (compress ? COMPRESSION_STREAM : DECOMPRESSION_STREAM).prototypeFor(realm, nt), compress);
          self.transform = TransformStreamClass.create(realm, (r, chunk) -> step(r, () -> {
            BufferSources.Bytes b = BufferSources.view(chunk);
            if (b == null) {
              throw HostErrors.typeError(r, name + ": the chunk is not an ArrayBuffer or ArrayBufferView");
            }
            enqueue(r, self, codec.write(r, b.copy()));
          }), r -> step(r, () -> enqueue(r, self, codec.finish(r))));
          return self;
        })
        .getter("readable", (realm, self) -> self.transform.readable())
        .getter("writable", (realm, self) -> self.transform.writable())
        .build();
  }

  private static JsObject step(Realm realm, Runnable r) {
    try {
      r.run();
      return HostPromises.resolved(realm, Undefined.INSTANCE);
    } catch (JsThrow t) {
      return HostPromises.rejected(realm, t.value());
    }
  }

  private static void enqueue(Realm realm, CodecObject self, byte[] bytes) {
    if (bytes.length > 0) {
      realm.heap.charge(bytes.length);
      TransformStreamClass.enqueue(realm, TransformStreamClass.controllerOf(self.transform), BufferSources.newUint8Array(realm, bytes));
    }
  }
}
