package dev.islet.runtime.webapi.console;

import dev.islet.objects.JsObject;
import dev.islet.errors.JsThrow;
import dev.islet.numconv.StringToNumber;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import java.math.BigInteger;

/**
 * The text of one {@code console.log(...)} call, as Node's {@code util.format}: a first string argument
 * may hold {@code %s %d %i %f %j %o %O %c %%} placeholders ({@code %o} is {@code %O} with depth 4: Node's
 * hidden properties are not shown); the remaining arguments follow, separated by
 * spaces, strings as they are and everything else through {@link Inspector}.
 */
public final class ConsoleFormat {
  private ConsoleFormat() {}

  /** {@code util.format(...args)}. */
  public static String format(Realm realm, Object[] args) {
    StringBuilder str = new StringBuilder();
    int a = 0;
    String join = "";
    if (args.length > 0 && JsStrings.isString(args[0])) {
      String first = JsStrings.flat(args[0]);
      if (args.length == 1) {
        return first;
      }
      int lastPos = 0;
      for (int i = 0; i < first.length() - 1; i++) {
        if (first.charAt(i) != '%') {
          continue;
        }
        char next = first.charAt(++i);
        if (a + 1 != args.length) {
          String temp;
          switch (next) {
            case 's' -> temp = asString(realm, args[++a]);
            case 'd' -> temp = asNumber(realm, args[++a], false);
            case 'i' -> temp = asNumber(realm, args[++a], true);
            case 'f' -> temp = asFloat(realm, args[++a]);
            case 'O' -> temp = Inspector.inspect(realm, args[++a]);
            case 'o' -> temp = Inspector.inspect(realm, args[++a], 4);
            case 'j' -> temp = json(realm, args[++a]);
            case 'c' -> {
              a++;
              temp = "";
            }
            case '%' -> {
              str.append(first, lastPos, i);
              lastPos = i + 1;
              continue;
            }
            default -> {
              continue;
            }
          }
          if (lastPos != i - 1) {
            str.append(first, lastPos, i - 1);
          }
          str.append(temp);
          lastPos = i + 1;
        } else if (next == '%') {
          str.append(first, lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos != 0) {
        a++;
        join = " ";
        if (lastPos < first.length()) {
          str.append(first, lastPos, first.length());
        }
      }
    }
    for (; a < args.length; a++) {
      Object v = args[a];
      str.append(join).append(JsStrings.isString(v) ? JsStrings.flat(v) : Inspector.inspect(realm, v));
      join = " ";
    }
    return str.toString();
  }

  /**
   * %j: JSON.stringify(value) with the realm's own %JSON.stringify% (it may run the value's toJSON, as
   * in Node); "[Circular]" for a cyclic value; "undefined" when it gives undefined.
   */
  private static String json(Realm realm, Object v) {
    JsObject json = realm.intrinsic(Intrinsic.JSON);
    Object stringify = ObjectReads.data(realm, json, "stringify");
    if (!(stringify instanceof JsObject f) || !f.isCallable()) {
      return Inspector.inspect(realm, v);
    }
    try {
      Object out = f.call(json, new Object[] {v});
      return JsStrings.isString(out) ? JsStrings.flat(out) : "undefined";
    } catch (JsThrow e) {
      if (e.value() instanceof JsObject err && String.valueOf(ObjectReads.dataString(realm, err, "message"))
          .toLowerCase(java.util.Locale.ROOT).contains("circular")) {
        return "[Circular]";
      }
      throw e;
    }
  }

  /** %s: String(value) for primitives and objects with their own toString; else a shallow inspection. */
  private static String asString(Realm realm, Object v) {
    if (v instanceof Double || v instanceof Integer || v instanceof BigInteger) {
      return Inspector.primitiveText(realm, v);
    }
    if (v instanceof Symbol s) {
      return s.descriptiveString();
    }
    if (v instanceof JsObject o && !hasUserToString(realm, o)) {
      return Inspector.inspect(realm, v, 0);
    }
    return TypeConversion.toString(realm, v);
  }

  /** Whether {@code o}'s toString is a script function (Node's hasBuiltInToString, inverted). */
  private static boolean hasUserToString(Realm realm, JsObject o) {
    if (o instanceof dev.islet.objects.ErrorObject) {
      return true;
    }
    Object f = ObjectReads.data(realm, o, "toString");
    return f instanceof JsObject fn && fn.isCallable() && !(fn instanceof NativeFunction);
  }

  /** %d, %i: Number(value), or parseInt(String(value)) for %i. */
  private static String asNumber(Realm realm, Object v, boolean integer) {
    if (v instanceof BigInteger) {
      return Inspector.primitiveText(realm, v);
    }
    if (v instanceof Symbol) {
      return "NaN";
    }
    double d = integer ? StringToNumber.parseInt(TypeConversion.toString(realm, v), 0) : TypeConversion.toNumber(realm, v);
    return Inspector.primitiveText(realm, d);
  }

  /** %f: parseFloat(String(value)). */
  private static String asFloat(Realm realm, Object v) {
    if (v instanceof Symbol) {
      return "NaN";
    }
    return Inspector.primitiveText(realm, StringToNumber.parseFloat(TypeConversion.toString(realm, v)));
  }
}
