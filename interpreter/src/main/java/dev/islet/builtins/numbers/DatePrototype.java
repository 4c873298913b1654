package dev.islet.builtins.numbers;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import java.time.ZoneId;

/**
 * Properties of the Date Prototype Object — https://tc39.es/ecma262/#sec-properties-of-the-date-prototype-object
 * — and the Annex B additions getYear, setYear and toGMTString. The setters are in
 * {@link DateSetters}. %Date.prototype% is an ordinary object, not a Date.
 */
public final class DatePrototype {
  private DatePrototype() {}

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> install(realm, p)));
  }

  private static void install(Realm realm, JsObject p) {
    NativeFunction toUTCString = new NativeFunction(realm, "toUTCString", 0,
        (r, t, a, nt) -> DateFormatting.toUTCString(thisTimeValue(r, t, "toUTCString")), false);
    BuiltinInstaller b = BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.DATE))
        .method("getDate", 0, (r, t, a, nt) -> localField(r, t, "getDate", DATE))
        .method("getDay", 0, (r, t, a, nt) -> localField(r, t, "getDay", WEEK_DAY))
        .method("getFullYear", 0, (r, t, a, nt) -> localField(r, t, "getFullYear", YEAR))
        .method("getHours", 0, (r, t, a, nt) -> localField(r, t, "getHours", HOURS))
        .method("getMilliseconds", 0, (r, t, a, nt) -> localField(r, t, "getMilliseconds", MILLISECONDS))
        .method("getMinutes", 0, (r, t, a, nt) -> localField(r, t, "getMinutes", MINUTES))
        .method("getMonth", 0, (r, t, a, nt) -> localField(r, t, "getMonth", MONTH))
        .method("getSeconds", 0, (r, t, a, nt) -> localField(r, t, "getSeconds", SECONDS))
        .method("getTime", 0, (r, t, a, nt) -> Operators.number(thisTimeValue(r, t, "getTime")))
        .method("getTimezoneOffset", 0, DatePrototype::getTimezoneOffset)
        .method("getUTCDate", 0, (r, t, a, nt) -> utcField(r, t, "getUTCDate", DATE))
        .method("getUTCDay", 0, (r, t, a, nt) -> utcField(r, t, "getUTCDay", WEEK_DAY))
        .method("getUTCFullYear", 0, (r, t, a, nt) -> utcField(r, t, "getUTCFullYear", YEAR))
        .method("getUTCHours", 0, (r, t, a, nt) -> utcField(r, t, "getUTCHours", HOURS))
        .method("getUTCMilliseconds", 0, (r, t, a, nt) -> utcField(r, t, "getUTCMilliseconds", MILLISECONDS))
        .method("getUTCMinutes", 0, (r, t, a, nt) -> utcField(r, t, "getUTCMinutes", MINUTES))
        .method("getUTCMonth", 0, (r, t, a, nt) -> utcField(r, t, "getUTCMonth", MONTH))
        .method("getUTCSeconds", 0, (r, t, a, nt) -> utcField(r, t, "getUTCSeconds", SECONDS));
    DateSetters.install(b);
    b.method("toDateString", 0, (r, t, a, nt) -> DateFormatting.toDateString(thisTimeValue(r, t, "toDateString"), zone(r)))
        .method("toISOString", 0, DatePrototype::toISOString)
        .method("toJSON", 1, DatePrototype::toJSON)
        .method("toLocaleDateString", 0, (r, t, a, nt) -> DateFormatting.toDateString(thisTimeValue(r, t, "toLocaleDateString"), zone(r)))
        .method("toLocaleString", 0, (r, t, a, nt) -> DateFormatting.toString(thisTimeValue(r, t, "toLocaleString"), zone(r)))
        .method("toLocaleTimeString", 0, (r, t, a, nt) -> DateFormatting.toTimeString(thisTimeValue(r, t, "toLocaleTimeString"), zone(r)))
        .method("toString", 0, (r, t, a, nt) -> DateFormatting.toString(thisTimeValue(r, t, "toString"), zone(r)))
        .method("toTimeString", 0, (r, t, a, nt) -> DateFormatting.toTimeString(thisTimeValue(r, t, "toTimeString"), zone(r)))
        .function("toUTCString", toUTCString)
        .method("valueOf", 0, (r, t, a, nt) -> Operators.number(thisTimeValue(r, t, "valueOf")))
        .method(Symbol.TO_PRIMITIVE, 1, DatePrototype::toPrimitive, Attributes.CONFIGURABLE)
        // Annex B (https://tc39.es/ecma262/#sec-additional-properties-of-the-date.prototype-object).
        .method("getYear", 0, DatePrototype::getYear)
        // B.2.3.3: Date.prototype.toGMTString is the same function object as toUTCString.
        .function("toGMTString", toUTCString);
  }

  static final int YEAR = 0;
  static final int MONTH = 1;
  static final int DATE = 2;
  static final int HOURS = 3;
  static final int MINUTES = 4;
  static final int SECONDS = 5;
  static final int MILLISECONDS = 6;
  static final int WEEK_DAY = 7;

  /** thisTimeValue ( value ): the [[DateValue]] of a Date, else a TypeError. */
  static double thisTimeValue(Realm realm, Object value, String method) {
    return thisDate(realm, value, method).dateValue();
  }

  static DateObject thisDate(Realm realm, Object value, String method) {
    if (value instanceof DateObject d) {
      return d;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "Date.prototype." + method, Describe.value(value));
  }

  static ZoneId zone(Realm realm) {
    return realm.agent.timeZone();
  }

  /** One calendar field (see the constants) of a finite time value. */
  static int field(double t, int field) {
    switch (field) {
      case YEAR:
        return DateMath.yearFromTime(t);
      case MONTH:
        return DateMath.monthFromTime(t);
      case DATE:
        return DateMath.dateFromTime(t);
      case HOURS:
        return DateMath.hourFromTime(t);
      case MINUTES:
        return DateMath.minFromTime(t);
      case SECONDS:
        return DateMath.secFromTime(t);
      case MILLISECONDS:
        return DateMath.msFromTime(t);
      case WEEK_DAY:
        return DateMath.weekDay(t);
      default:
        throw new IllegalStateException("date field " + field);
    }
  }

  private static Object localField(Realm realm, Object thisValue, String method, int which) {
    double t = thisTimeValue(realm, thisValue, method);
    if (t != t) {
      return Double.NaN;
    }
    return field(DateMath.localTime(t, zone(realm)), which);
  }

  private static Object utcField(Realm realm, Object thisValue, String method, int which) {
    double t = thisTimeValue(realm, thisValue, method);
    if (t != t) {
      return Double.NaN;
    }
    return field(t, which);
  }

  /** Date.prototype.getTimezoneOffset ( ): (t − LocalTime(t)) in minutes. */
  static Object getTimezoneOffset(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double t = thisTimeValue(realm, thisValue, "getTimezoneOffset");
    if (t != t) {
      return Double.NaN;
    }
    return Operators.number((t - DateMath.localTime(t, zone(realm))) / DateMath.MS_PER_MINUTE);
  }

  /** B.2.3.1 Date.prototype.getYear ( ) */
  static Object getYear(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double t = thisTimeValue(realm, thisValue, "getYear");
    if (t != t) {
      return Double.NaN;
    }
    return DateMath.yearFromTime(DateMath.localTime(t, zone(realm))) - 1900;
  }

  /** Date.prototype.toISOString ( ) — https://tc39.es/ecma262/#sec-date.prototype.toisostring */
  static Object toISOString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double tv = thisTimeValue(realm, thisValue, "toISOString");
    if (!Double.isFinite(tv)) {
      throw Errors.rangeError(realm, Msg.INVALID_TIME_VALUE);
    }
    return DateFormatting.toISOString(tv);
  }

  /** Date.prototype.toJSON ( key ) — https://tc39.es/ecma262/#sec-date.prototype.tojson (generic). */
  static Object toJSON(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    Object tv = TypeConversion.toPrimitive(realm, o, TypeConversion.Hint.NUMBER);
    if (tv instanceof Double d && !Double.isFinite(d)) {
      return Null.INSTANCE;
    }
    return ObjectOperations.invoke(realm, o, "toISOString");
  }

  /** Date.prototype [ @@toPrimitive ] ( hint ) — https://tc39.es/ecma262/#sec-date.prototype-@@toprimitive */
  static Object toPrimitive(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(thisValue));
    }
    Object hint = Args.get(args, 0);
    TypeConversion.Hint tryFirst;
    String h = JsStrings.isString(hint) ? JsStrings.flat(hint) : null;
    if ("string".equals(h) || "default".equals(h)) {
      tryFirst = TypeConversion.Hint.STRING;
    } else if ("number".equals(h)) {
      tryFirst = TypeConversion.Hint.NUMBER;
    } else {
      throw Errors.typeError(realm, Msg.DATE_INVALID_HINT, Describe.value(hint));
    }
    return TypeConversion.ordinaryToPrimitive(realm, o, tryFirst);
  }
}
