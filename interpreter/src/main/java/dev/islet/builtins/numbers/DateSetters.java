package dev.islet.builtins.numbers;

import static dev.islet.builtins.numbers.DatePrototype.DATE;
import static dev.islet.builtins.numbers.DatePrototype.HOURS;
import static dev.islet.builtins.numbers.DatePrototype.MILLISECONDS;
import static dev.islet.builtins.numbers.DatePrototype.MINUTES;
import static dev.islet.builtins.numbers.DatePrototype.MONTH;
import static dev.islet.builtins.numbers.DatePrototype.SECONDS;
import static dev.islet.builtins.numbers.DatePrototype.YEAR;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import java.time.ZoneId;

/**
 * The setters of Date.prototype (https://tc39.es/ecma262/#sec-date.prototype.setdate and the
 * following) and Annex B's setYear. They share one shape: read [[DateValue]], coerce the
 * arguments that are present (in order, even when the date is invalid), then replace a run of
 * calendar fields — starting at the method's first field — and store
 * TimeClip(UTC(MakeDate(MakeDay(…), MakeTime(…)))), or the same without UTC for the setUTC*
 * methods. Fields not given keep their current value.
 */
final class DateSetters {
  private DateSetters() {}

  static void install(BuiltinInstaller b) {
    b.method("setDate", 1, (r, t, a, nt) -> set(r, t, a, "setDate", DATE, 1, true))
        .method("setFullYear", 3, (r, t, a, nt) -> set(r, t, a, "setFullYear", YEAR, 3, true))
        .method("setHours", 4, (r, t, a, nt) -> set(r, t, a, "setHours", HOURS, 4, true))
        .method("setMilliseconds", 1, (r, t, a, nt) -> set(r, t, a, "setMilliseconds", MILLISECONDS, 1, true))
        .method("setMinutes", 3, (r, t, a, nt) -> set(r, t, a, "setMinutes", MINUTES, 3, true))
        .method("setMonth", 2, (r, t, a, nt) -> set(r, t, a, "setMonth", MONTH, 2, true))
        .method("setSeconds", 2, (r, t, a, nt) -> set(r, t, a, "setSeconds", SECONDS, 2, true))
        .method("setTime", 1, DateSetters::setTime)
        .method("setUTCDate", 1, (r, t, a, nt) -> set(r, t, a, "setUTCDate", DATE, 1, false))
        .method("setUTCFullYear", 3, (r, t, a, nt) -> set(r, t, a, "setUTCFullYear", YEAR, 3, false))
        .method("setUTCHours", 4, (r, t, a, nt) -> set(r, t, a, "setUTCHours", HOURS, 4, false))
        .method("setUTCMilliseconds", 1, (r, t, a, nt) -> set(r, t, a, "setUTCMilliseconds", MILLISECONDS, 1, false))
        .method("setUTCMinutes", 3, (r, t, a, nt) -> set(r, t, a, "setUTCMinutes", MINUTES, 3, false))
        .method("setUTCMonth", 2, (r, t, a, nt) -> set(r, t, a, "setUTCMonth", MONTH, 2, false))
        .method("setUTCSeconds", 2, (r, t, a, nt) -> set(r, t, a, "setUTCSeconds", SECONDS, 2, false))
        .method("setYear", 1, DateSetters::setYear);
  }

  /**
   * A setter replacing fields first .. first + count − 1 (those whose argument is present;
   * the first is always taken, undefined if missing). Only the full-year setters treat an
   * invalid date as +0; the others return NaN after coercing their arguments.
   */
  private static Object set(Realm realm, Object thisValue, Object[] args, String method, int first, int count, boolean local) {
    DateObject date = DatePrototype.thisDate(realm, thisValue, method);
    double t = date.dateValue();
    int given = Math.max(1, Math.min(count, args.length));
    double[] values = new double[given];
    for (int i = 0; i < given; i++) {
      values[i] = TypeConversion.toNumber(realm, Args.get(args, i));
    }
    if (t != t) {
      if (first != YEAR) {
        return Double.NaN;
      }
      t = 0; // setFullYear / setUTCFullYear step 5: an invalid date counts as +0 (not converted)
    } else if (local) {
      t = DateMath.localTime(t, DatePrototype.zone(realm));
    }
    double[] fields = new double[7];
    for (int f = YEAR; f <= MILLISECONDS; f++) {
      fields[f] = f >= first && f < first + given ? values[f - first] : DatePrototype.field(t, f);
    }
    return store(realm, date, compose(fields), local);
  }

  /** Date.prototype.setTime ( time ) */
  private static Object setTime(Realm realm, Object thisValue, Object[] args, dev.islet.objects.JsObject nt) {
    DateObject date = DatePrototype.thisDate(realm, thisValue, "setTime");
    double v = DateMath.timeClip(TypeConversion.toNumber(realm, Args.get(args, 0)));
    date.setDateValue(v);
    return Operators.number(v);
  }

  /** B.2.3.2 Date.prototype.setYear ( year ): two-digit years mean 1900 + year. */
  private static Object setYear(Realm realm, Object thisValue, Object[] args, dev.islet.objects.JsObject nt) {
    DateObject date = DatePrototype.thisDate(realm, thisValue, "setYear");
    double t = date.dateValue();
    double y = TypeConversion.toNumber(realm, Args.get(args, 0));
    t = t != t ? 0 : DateMath.localTime(t, DatePrototype.zone(realm));
    double[] fields = new double[7];
    for (int f = YEAR; f <= MILLISECONDS; f++) {
      fields[f] = DatePrototype.field(t, f);
    }
    fields[YEAR] = DateConstructor.makeFullYear(y);
    return store(realm, date, compose(fields), true);
  }

  private static double compose(double[] f) {
    return DateMath.makeDate(DateMath.makeDay(f[YEAR], f[MONTH], f[DATE]),
        DateMath.makeTime(f[HOURS], f[MINUTES], f[SECONDS], f[MILLISECONDS]));
  }

  private static Object store(Realm realm, DateObject date, double newDate, boolean local) {
    double u = DateMath.timeClip(local ? DateMath.utc(newDate, DatePrototype.zone(realm)) : newDate);
    date.setDateValue(u);
    return Operators.number(u);
  }
}
