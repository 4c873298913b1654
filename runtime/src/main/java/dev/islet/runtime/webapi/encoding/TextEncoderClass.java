package dev.islet.runtime.webapi.encoding;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** The {@code TextEncoder} interface — https://encoding.spec.whatwg.org/#interface-textencoder. */
public final class TextEncoderClass {
  private TextEncoderClass() {}

  /** A TextEncoder (UTF-8 only: it has no state). */
  public static final class TextEncoderObject extends HostObject {
    TextEncoderObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "TextEncoder";
    }
  }

  public static final HostClass<TextEncoderObject> TEXT_ENCODER = HostClass.builder("TextEncoder", TextEncoderObject.class)
      .constructor(0, (realm, args, newTarget) -> new TextEncoderObject(realm, TextEncoderClass.TEXT_ENCODER.prototypeFor(realm, newTarget)))
      .getter("encoding", (realm, self) -> "utf-8")
      .method("encode", 0, (realm, self, args) -> {
        String s = args.length > 0 && args[0] != Undefined.INSTANCE ? WebIdl.toUSVString(realm, args[0]) : "";
        byte[] bytes = utf8(realm, s);
        return BufferSources.newUint8Array(realm, bytes);
      })
      .method("encodeInto", 2, (realm, self, args) -> {
        String s = WebIdl.toUSVString(realm, args.length > 0 ? args[0] : Undefined.INSTANCE);
        Object dest = args.length > 1 ? args[1] : Undefined.INSTANCE;
        if (!(dest instanceof TypedArrayObject t) || !t.type().typedArrayName.equals("Uint8Array")) {
          throw HostErrors.typeError(realm, "Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
        }
        BufferSources.Bytes window = BufferSources.view(t);
        long[] readWritten = encodeInto(realm, s, window.data(), window.offset(), window.length());
        JsObject result = JsObject.ordinary(realm, realm.objectPrototype());
        ObjectOperations.createDataPropertyOrThrow(realm, result, "read", (double) readWritten[0]);
        ObjectOperations.createDataPropertyOrThrow(realm, result, "written", (double) readWritten[1]);
        return result;
      })
      .build();

  /** UTF-8 encode of a well-formed string, charged first. */
  public static byte[] utf8(Realm realm, String s) {
    realm.heap.charge(SizeEstimates.ARRAY_HEADER + 3L * s.length());
    realm.agent.budget.charge(1 + (s.length() >> 4));
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** encodeInto's steps: encodes whole code points while they fit; returns {read (UTF-16 units), written}. */
  static long[] encodeInto(Realm realm, String s, byte[] data, int offset, int capacity) {
    realm.agent.budget.charge(1 + (s.length() >> 4));
    int read = 0;
    int written = 0;
    int n = s.length();
    while (read < n) {
      int cp = s.codePointAt(read);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + size > capacity) {
        break;
      }
      int p = offset + written;
      switch (size) {
        case 1 -> data[p] = (byte) cp;
        case 2 -> {
          data[p] = (byte) (0xC0 | cp >> 6);
          data[p + 1] = (byte) (0x80 | cp & 0x3F);
        }
        case 3 -> {
          data[p] = (byte) (0xE0 | cp >> 12);
          data[p + 1] = (byte) (0x80 | cp >> 6 & 0x3F);
          data[p + 2] = (byte) (0x80 | cp & 0x3F);
        }
        default -> {
          data[p] = (byte) (0xF0 | cp >> 18);
          data[p + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
          data[p + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
          data[p + 3] = (byte) (0x80 | cp & 0x3F);
        }
      }
      written += size;
      read += Character.charCount(cp);
    }
    return new long[] {read, written};
  }
}
