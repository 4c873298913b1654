package dev.islet.runtime.webapi.encoding;

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
import java.util.Locale;

/**
 * {@code TextEncoderStream} and {@code TextDecoderStream} —
 * https://encoding.spec.whatwg.org/#interface-textencoderstream: a TransformStream whose transform
 * encodes (or decodes) each chunk, keeping a split surrogate pair (or byte sequence) for the next.
 */
public final class TextStreams {
  private TextStreams() {}

  /** A TextEncoderStream or TextDecoderStream: its transform stream and codec state. */
  public static final class CodecStreamObject extends HostObject {
    TransformStreamObject transform;
    TextDecoderClass.DecodeState decoder;
    String encoding;
    boolean fatal;
    boolean ignoreBOM;
    /** The encoder's pending leading surrogate, or 0. */
    char leadingSurrogate;
    final boolean encoder;

    CodecStreamObject(Realm realm, JsObject proto, boolean encoder) {
      super(realm, proto);
      this.encoder = encoder;
    }

    @Override
    public String className() {
      return encoder ? "TextEncoderStream" : "TextDecoderStream";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(transform);
    }
  }

  private static JsObject done(Realm realm) {
    return HostPromises.resolved(realm, Undefined.INSTANCE);
  }

  private static JsObject step(Realm realm, Runnable r) {
    try {
      r.run();
      return done(realm);
    } catch (JsThrow t) {
      return HostPromises.rejected(realm, t.value());
    }
  }

  public static final HostClass<CodecStreamObject> TEXT_ENCODER_STREAM = HostClass.builder("TextEncoderStream", CodecStreamObject.class)
      .constructor(0, (realm, args, nt) -> {
        CodecStreamObject self = new CodecStreamObject(realm, TextStreams.TEXT_ENCODER_STREAM.prototypeFor(realm, nt), true);
        self.transform = TransformStreamClass.create(realm,
            (r, chunk) -> step(r, () -> encodeChunk(r, self, WebIdl.toDOMString(r, chunk))),
            r -> step(r, () -> {
              if (self.leadingSurrogate != 0) {
                self.leadingSurrogate = 0;
                enqueue(r, self, new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
              }
            }));
        return self;
      })
      .getter("encoding", (realm, self) -> "utf-8")
      .getter("readable", (realm, self) -> self.transform.readable())
      .getter("writable", (realm, self) -> self.transform.writable())
      .build();

  public static final HostClass<CodecStreamObject> TEXT_DECODER_STREAM = HostClass.builder("TextDecoderStream", CodecStreamObject.class)
      .constructor(0, (realm, args, nt) -> {
        String label = args.length > 0 && args[0] != Undefined.INSTANCE ? WebIdl.toDOMString(realm, args[0]) : "utf-8";
        JsObject options = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Failed to construct 'TextDecoderStream'");
        boolean fatal = WebIdl.toBoolean(WebIdl.member(realm, options, "fatal"));
        boolean ignoreBOM = WebIdl.toBoolean(WebIdl.member(realm, options, "ignoreBOM"));
        String encoding = TextDecoderClass.encodingFor(realm, label, "TextDecoderStream");
        CodecStreamObject self = new CodecStreamObject(realm, TextStreams.TEXT_DECODER_STREAM.prototypeFor(realm, nt), false);
        self.encoding = encoding;
        self.fatal = fatal;
        self.ignoreBOM = ignoreBOM;
        self.decoder = new TextDecoderClass.DecodeState(encoding, fatal, ignoreBOM);
        self.transform = TransformStreamClass.create(realm, (r, chunk) -> step(r, () -> {
          BufferSources.Bytes b = BufferSources.view(chunk);
          if (b == null || chunk instanceof dev.islet.builtins.structured.ArrayBufferObject ab && ab.isShared()) {
            throw HostErrors.typeError(r, "TextDecoderStream: the chunk is not an ArrayBuffer or ArrayBufferView");
          }
          byte[] data = b.copy();
          decodeChunk(r, self, data, true);
        }), r -> step(r, () -> decodeChunk(r, self, new byte[0], false)));
        return self;
      })
      .getter("encoding", (realm, self) -> self.encoding.toLowerCase(Locale.ROOT))
      .getter("fatal", (realm, self) -> self.fatal)
      .getter("ignoreBOM", (realm, self) -> self.ignoreBOM)
      .getter("readable", (realm, self) -> self.transform.readable())
      .getter("writable", (realm, self) -> self.transform.writable())
      .build();

  private static void decodeChunk(Realm realm, CodecStreamObject self, byte[] data, boolean stream) {
    String s = self.decoder.decode(realm, data, 0, data.length, stream);
    if (s == null) {
      throw HostErrors.typeError(realm, "TextDecoderStream: the encoded data was not valid for encoding "
          + self.encoding.toLowerCase(Locale.ROOT));
    }
    if (!s.isEmpty()) {
      TransformStreamClass.enqueue(realm, TransformStreamClass.controllerOf(self.transform), s);
    }
  }

  /** The encode and enqueue a chunk algorithm: surrogate pairs may be split across chunks. */
  private static void encodeChunk(Realm realm, CodecStreamObject self, String s) {
    if (s.isEmpty()) {
      return; // a pending leading surrogate waits for the next non-empty chunk
    }
    StringBuilder sb = new StringBuilder(s.length() + 1);
    int i = 0;
    if (self.leadingSurrogate != 0) {
      if (!s.isEmpty() && Character.isLowSurrogate(s.charAt(0))) {
        sb.append(self.leadingSurrogate).append(s.charAt(0));
        i = 1;
      } else {
        sb.append('\uFFFD');
      }
      self.leadingSurrogate = 0;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          sb.append(c).append(s.charAt(++i));
        } else if (i + 1 == s.length()) {
          self.leadingSurrogate = c;
        } else {
          sb.append('\uFFFD');
        }
      } else if (Character.isLowSurrogate(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    if (sb.length() > 0) {
      enqueue(realm, self, TextEncoderClass.utf8(realm, sb.toString()));
    }
  }

  private static void enqueue(Realm realm, CodecStreamObject self, byte[] bytes) {
    TransformStreamClass.enqueue(realm, TransformStreamClass.controllerOf(self.transform), BufferSources.newUint8Array(realm, bytes));
  }
}
