package dev.islet.runtime.webapi.console;

import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.text.RegExpObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import java.util.List;

/** How {@link Inspector} shows the bytes of an ArrayBuffer and the text of a RegExp, as Node does. */
final class BufferAndRegExpForms {
  private BufferAndRegExpForms() {}

  /** {@code [Uint8Contents]: <00 01 …>} (at most 100 bytes) and {@code byteLength}, as Node shows buffers. */
  static void formatBuffer(ArrayBufferObject buffer, List<String> output) {
    if (buffer.isDetached()) {
      output.add("(detached)");
    } else {
      byte[] data = buffer.data();
      int length = buffer.byteLength();
      StringBuilder hex = new StringBuilder("[Uint8Contents]: <");
      int shown = Math.min(Inspector.MAX_ARRAY_LENGTH, length);
      for (int i = 0; i < shown; i++) {
        int b = data[i] & 0xFF;
        hex.append(i > 0 ? " " : "").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
      }
      if (length > shown) {
        hex.append(" ... ").append(length - shown).append(" more byte").append(length - shown > 1 ? "s" : "");
      }
      output.add(hex.append('>').toString());
    }
    output.add("byteLength: " + buffer.byteLength());
  }

  /** {@code /source/flags}: the pattern escaped as RegExp.prototype.source does, the flags in canonical order. */
  static String regExpText(Realm realm, RegExpObject regexp) {
    String source = regexp.originalSource();
    PropertyDescriptor d = ObjectReads.own(realm, realm.intrinsic(Intrinsic.REGEXP_PROTOTYPE), "source");
    if (d != null && d.getter() instanceof NativeFunction getter) { // the built-in getter runs no user code
      Object s = getter.call(regexp, JsObject.NO_ARGS);
      if (JsStrings.isString(s)) {
        source = JsStrings.flat(s);
      }
    }
    StringBuilder flags = new StringBuilder();
    for (char f : "dgimsuvy".toCharArray()) {
      if (regexp.originalFlags().indexOf(f) >= 0) {
        flags.append(f);
      }
    }
    return "/" + source + "/" + flags;
  }
}
