package dev.islet.builtins.text;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.StringObject;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** Small helpers shared by the String and RegExp built-ins. */
final class TextSupport {
  private TextSupport() {}

  /**
   * RequireObjectCoercible(this) then ToString(this), flattened once: every String.prototype method
   * starts with these two steps.
   */
  static String thisString(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof String s) {
      return s;
    }
    if (thisValue == Undefined.INSTANCE || thisValue == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.STRING_METHOD_ON_NULLISH, method);
    }
    return TypeConversion.toString(realm, thisValue);
  }

  /** ThisStringValue ( value ) — https://tc39.es/ecma262/#sec-thisstringvalue */
  static String thisStringValue(Realm realm, Object value, String method) {
    if (JsStrings.isString(value)) {
      return JsStrings.flat(value);
    }
    if (value instanceof StringObject so) {
      return so.value();
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(value));
  }

  /** ToIntegerOrInfinity clamped between 0 and len (the spec's "clamping pos between 0 and len"). */
  static int clamp(double pos, int len) {
    if (pos <= 0) {
      return 0;
    }
    return pos >= len ? len : (int) pos;
  }

  /** Relative index as in slice: negative counts from the end; the result lies in [0, len]. */
  static int relative(double rel, int len) {
    if (rel < 0) {
      return (int) Math.max(len + rel, 0);
    }
    return rel >= len ? len : (int) rel;
  }

  /** Charges a new string of {@code length} chars: its memory, and the work of copying it. */
  static void chargeString(Realm realm, long length) {
    realm.heap.charge(SizeEstimates.string(length));
    realm.agent.budget.charge(1 + (length >> 4));
  }

  /** Checks a result length against the maximum string length before anything is allocated. */
  static void checkLength(Realm realm, long length) {
    if (length > JsStrings.MAX_LENGTH) {
      throw Errors.rangeError(realm, Msg.STRING_TOO_LONG);
    }
  }

  /** A substring, charged when it copies. */
  static String substring(Realm realm, String s, int from, int to) {
    if (from == 0 && to == s.length()) {
      return s;
    }
    chargeString(realm, to - from);
    return s.substring(from, to);
  }

  /** WhiteSpace or LineTerminator (https://tc39.es/ecma262/#sec-white-space); the trim set. */
  static boolean isWhite(char c) {
    return dev.islet.ops.NumberConversions.isWhite(c);
  }

  /** A Number for an index or count that fits an int. */
  static Object number(long n) {
    return n <= Integer.MAX_VALUE && n >= Integer.MIN_VALUE ? (Object) (int) n : (Object) (double) n;
  }
}
