package dev.islet.ops;

import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import java.math.BigInteger;

/** Short descriptions of values for error messages; never runs JS code. */
public final class Describe {
  private static final int MAX = 40;

  private Describe() {}

  public static String value(Object v) {
    if (JsStrings.isString(v)) {
      String s = JsStrings.flat(v);
      return "\"" + (s.length() > MAX ? s.substring(0, MAX) + "…" : s) + "\"";
    }
    if (v instanceof Integer || v instanceof Double) {
      return NumberConversions.toString(((Number) v).doubleValue());
    }
    if (v instanceof BigInteger b) {
      // A huge BigInt's digits would cost more than the error itself (and are not charged).
      return b.bitLength() > 1024 ? "a " + b.bitLength() + "-bit BigInt" : b + "n";
    }
    if (v instanceof Symbol s) {
      return s.descriptiveString();
    }
    if (v instanceof NativeFunction f) {
      return "function " + f.debugName();
    }
    if (v instanceof JsObject o) {
      if (o.isCallable()) {
        return "function";
      }
      return "#<" + o.className() + ">";
    }
    return String.valueOf(v);
  }
}
