package dev.islet.runtime.webapi.encoding;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.Locale;

/** The {@code TextDecoder} interface — https://encoding.spec.whatwg.org/#interface-textdecoder. */
public final class TextDecoderClass {
  private TextDecoderClass() {}

  /** A TextDecoder: its encoding, flags and the streaming decoder state. */
  public static final class TextDecoderObject extends HostObject {
    final String encoding;
    final boolean fatal;
    final boolean ignoreBOM;
    final DecodeState state;

    TextDecoderObject(Realm realm, JsObject proto, String encoding, boolean fatal, boolean ignoreBOM) {
      super(realm, proto);
      this.encoding = encoding;
      this.fatal = fatal;
      this.ignoreBOM = ignoreBOM;
      this.state = new DecodeState(encoding, fatal, ignoreBOM);
    }

    @Override
    public String className() {
      return "TextDecoder";
    }
  }

  /**
   * The decode steps shared by TextDecoder and TextDecoderStream: the decoder, the BOM handling and
   * the "do not flush" flag of streaming calls.
   */
  public static final class DecodeState {
    final String encoding;
    final boolean fatal;
    final boolean ignoreBOM;
    private Decoder decoder;
    private boolean bomSeen;
    private boolean doNotFlush;

    public DecodeState(String encoding, boolean fatal, boolean ignoreBOM) {
      this.encoding = encoding;
      this.fatal = fatal;
      this.ignoreBOM = ignoreBOM;
    }

    /** Decodes one chunk; {@code stream} keeps incomplete sequences for the next call. Null on a fatal error. */
    public String decode(Realm realm, byte[] data, int off, int len, boolean stream) {
      if (!doNotFlush || decoder == null) {
        decoder = Decoder.forEncoding(encoding, fatal);
        bomSeen = false;
      }
      doNotFlush = stream;
      realm.agent.budget.charge(1 + (len >> 4));
      realm.heap.charge(SizeEstimates.string(len + 1));
      StringBuilder out = new StringBuilder(len + 1);
      if (!decoder.decode(data, off, len, !stream, out)) {
        decoder = null;
        return null;
      }
      if (!ignoreBOM && !bomSeen && out.length() > 0
          && (encoding.equals("UTF-8") || encoding.equals("UTF-16LE") || encoding.equals("UTF-16BE"))) {
        bomSeen = true;
        if (out.charAt(0) == '\uFEFF') {
          out.deleteCharAt(0);
        }
      }
      return out.toString();
    }
  }

  public static final HostClass<TextDecoderObject> TEXT_DECODER = HostClass.builder("TextDecoder", TextDecoderObject.class)
      .constructor(0, (realm, args, newTarget) -> {
        String label = args.length > 0 && args[0] != Undefined.INSTANCE ? WebIdl.toDOMString(realm, args[0]) : "utf-8";
        JsObject options = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Failed to construct 'TextDecoder'");
        boolean fatal = WebIdl.toBoolean(WebIdl.member(realm, options, "fatal"));
        boolean ignoreBOM = WebIdl.toBoolean(WebIdl.member(realm, options, "ignoreBOM"));
        String encoding = encodingFor(realm, label, "TextDecoder");
        return new TextDecoderObject(realm, TextDecoderClass.TEXT_DECODER.prototypeFor(realm, newTarget), encoding, fatal, ignoreBOM);
      })
      .getter("encoding", (realm, self) -> self.encoding.toLowerCase(Locale.ROOT))
      .getter("fatal", (realm, self) -> self.fatal)
      .getter("ignoreBOM", (realm, self) -> self.ignoreBOM)
      .method("decode", 0, (realm, self, args) -> {
        Object input = args.length > 0 ? args[0] : Undefined.INSTANCE;
        BufferSources.Bytes bytes = BufferSources.Bytes.EMPTY;
        if (input != Undefined.INSTANCE) {
          bytes = BufferSources.view(input);
          if (bytes == null) {
            throw HostErrors.typeError(realm, "Failed to execute 'decode' on 'TextDecoder': The provided value is not of type '(ArrayBuffer or ArrayBufferView)'");
          }
        }
        JsObject options = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "TextDecoder.decode");
        boolean stream = WebIdl.toBoolean(WebIdl.member(realm, options, "stream"));
        // Copy first: the options getter above may have run JS that detached or changed the buffer.
        byte[] data = bytes.copy();
        String s = self.state.decode(realm, data, 0, data.length, stream);
        if (s == null) {
          throw HostErrors.typeError(realm, "Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid for encoding "
              + self.encoding.toLowerCase(Locale.ROOT));
        }
        return s;
      })
      .build();

  /** The encoding for a label: a RangeError for an unknown label or "replacement". */
  public static String encodingFor(Realm realm, String label, String who) {
    String encoding = Encodings.forLabel(label);
    if (encoding == null || encoding.equals("replacement")) {
      throw HostErrors.rangeError(realm, "Failed to construct '" + who + "': The encoding label provided ('" + label + "') is invalid.");
    }
    return encoding;
  }
}
