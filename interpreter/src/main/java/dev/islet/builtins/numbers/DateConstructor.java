package dev.islet.builtins.numbers;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;

/**
 * The Date constructor and its properties — https://tc39.es/ecma262/#sec-date-constructor,
 * https://tc39.es/ecma262/#sec-properties-of-the-date-constructor. The local time zone is the
 * agent's ({@code Agent.timeZone()}, UTC by default) and "now" comes from the agent's
 * {@code TimeSource}.
 */
public final class DateConstructor {
  private DateConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "Date", DateConstructor::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Date", 7, realm.intrinsic(Intrinsic.DATE_PROTOTYPE))
        .method("now", 0, DateConstructor::now)
        .method("parse", 1, DateConstructor::parse)
        .method("UTC", 7, DateConstructor::utc));
  }

  /** Date ( ...values ) — https://tc39.es/ecma262/#sec-date */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      // 1. Called as a function: the current time as a string; the arguments are ignored.
      return DateFormatting.toString(currentTime(realm), realm.agent.timeZone());
    }
    double dv;
    if (args.length == 0) {
      dv = currentTime(realm);
    } else if (args.length == 1) {
      double tv;
      if (args[0] instanceof DateObject d) {
        tv = d.dateValue();
      } else {
        Object v = TypeConversion.toPrimitive(realm, args[0], TypeConversion.Hint.DEFAULT);
        if (TypeConversion.isString(v)) {
          tv = parseString(realm, v.toString());
        } else {
          tv = TypeConversion.toNumber(realm, v);
        }
      }
      dv = DateMath.timeClip(tv);
    } else {
      double finalDate = fromComponents(realm, args);
      dv = DateMath.timeClip(DateMath.utc(finalDate, realm.agent.timeZone()));
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.DATE_PROTOTYPE);
    return new DateObject(realm, JsObject.rootShape(realm, proto), dv);
  }

  /** Date.now ( ) */
  static Object now(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Operators.number(currentTime(realm));
  }

  /** Date.parse ( string ) — https://tc39.es/ecma262/#sec-date.parse */
  static Object parse(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    return Operators.number(parseString(realm, s));
  }

  /** Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] ) */
  static Object utc(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Operators.number(DateMath.timeClip(fromComponents(realm, args)));
  }

  /**
   * Steps 5.b–j of Date ( ...values ) and 1–8 of Date.UTC: the arguments coerced in order (the
   * missing ones are month 0, date 1, the rest 0), the year through MakeFullYear, combined
   * with MakeDate — a local time for the constructor, a UTC one for Date.UTC.
   */
  private static double fromComponents(Realm realm, Object[] args) {
    double y = TypeConversion.toNumber(realm, Args.get(args, 0));
    double m = args.length > 1 ? TypeConversion.toNumber(realm, args[1]) : 0;
    double dt = args.length > 2 ? TypeConversion.toNumber(realm, args[2]) : 1;
    double h = args.length > 3 ? TypeConversion.toNumber(realm, args[3]) : 0;
    double min = args.length > 4 ? TypeConversion.toNumber(realm, args[4]) : 0;
    double s = args.length > 5 ? TypeConversion.toNumber(realm, args[5]) : 0;
    double milli = args.length > 6 ? TypeConversion.toNumber(realm, args[6]) : 0;
    return DateMath.makeDate(DateMath.makeDay(makeFullYear(y), m, dt), DateMath.makeTime(h, min, s, milli));
  }

  /** MakeFullYear ( year ) — https://tc39.es/ecma262/#sec-makefullyear: 0..99 mean 1900..1999. */
  static double makeFullYear(double year) {
    if (year != year) {
      return Double.NaN;
    }
    double truncated = year < 0 ? Math.ceil(year) : Math.floor(year);
    return truncated >= 0 && truncated <= 99 ? 1900 + truncated : year;
  }

  /** The time value identifying the current time, from the agent's clock. */
  static double currentTime(Realm realm) {
    return DateMath.timeClip((double) realm.agent.timeSource().currentTimeMillis());
  }

  private static double parseString(Realm realm, String s) {
    realm.agent.budget.charge(1 + (s.length() >> 4));
    return DateParsing.parse(s, realm.agent.timeZone());
  }
}
