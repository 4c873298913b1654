package dev.islet.builtins.numbers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The abstract operations of "Date Objects" (https://tc39.es/ecma262/#sec-date-objects) on
 * time values (doubles of milliseconds since 1970-01-01T00:00Z). Field extractors take a
 * finite time value (the caller checks NaN first, as the spec's algorithms do); the Make*
 * operations take any doubles and return NaN where the spec does.
 *
 * <p>The local time zone is a {@link ZoneId}, UTC by default (an isolate option). Its rules
 * come from the JDK's tz database, including historical offsets with seconds (local mean time).
 */
public final class DateMath {
  public static final double MS_PER_DAY = 86_400_000;
  public static final double MS_PER_HOUR = 3_600_000;
  public static final double MS_PER_MINUTE = 60_000;
  public static final double MS_PER_SECOND = 1_000;
  /** The largest |time value|: 10^8 days (https://tc39.es/ecma262/#sec-time-values-and-time-range). */
  public static final double MAX_TIME = 8.64e15;

  private static final long MS_PER_DAY_L = 86_400_000L;
  /** Years beyond which MakeDay gives NaN: far past any clippable time, well inside a long. */
  private static final double MAX_YEAR = 1e13;

  private DateMath() {}

  /** Day(t) = floor(t / msPerDay). */
  public static double day(double t) {
    return Math.floor(t / MS_PER_DAY);
  }

  /** TimeWithinDay(t) = t modulo msPerDay, in [0, msPerDay). */
  public static double timeWithinDay(double t) {
    double r = t % MS_PER_DAY;
    return r < 0 ? r + MS_PER_DAY : r + 0.0; // + 0.0: −0 becomes +0
  }

  /** DaysInYear(y): 366 in leap years of the proleptic Gregorian calendar. */
  public static int daysInYear(double y) {
    return isLeapYear(y) ? 366 : 365;
  }

  /** DayFromYear(y): the day number of the first day of year y. */
  public static double dayFromYear(double y) {
    return 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100)
        + Math.floor((y - 1601) / 400);
  }

  /** TimeFromYear(y). */
  public static double timeFromYear(double y) {
    return MS_PER_DAY * dayFromYear(y);
  }

  /** YearFromTime(t). */
  public static int yearFromTime(double t) {
    return (int) (civilFromDays(floorDays(t)) >> 9);
  }

  /** InLeapYear(t): 1 in a leap year, else 0. */
  public static int inLeapYear(double t) {
    return isLeapYear(yearFromTime(t)) ? 1 : 0;
  }

  /** MonthFromTime(t), 0 = January. */
  public static int monthFromTime(double t) {
    return (int) ((civilFromDays(floorDays(t)) >> 5) & 0xF) - 1;
  }

  /** DateFromTime(t), 1..31. */
  public static int dateFromTime(double t) {
    return (int) (civilFromDays(floorDays(t)) & 0x1F);
  }

  /** WeekDay(t), 0 = Sunday. */
  public static int weekDay(double t) {
    return (int) Math.floorMod(floorDays(t) + 4, 7L); // 1970-01-01 was a Thursday
  }

  /** HourFromTime(t). */
  public static int hourFromTime(double t) {
    return (int) (timeWithinDay(t) / MS_PER_HOUR);
  }

  /** MinFromTime(t). */
  public static int minFromTime(double t) {
    return (int) ((timeWithinDay(t) % MS_PER_HOUR) / MS_PER_MINUTE);
  }

  /** SecFromTime(t). */
  public static int secFromTime(double t) {
    return (int) ((timeWithinDay(t) % MS_PER_MINUTE) / MS_PER_SECOND);
  }

  /** msFromTime(t). */
  public static int msFromTime(double t) {
    return (int) (timeWithinDay(t) % MS_PER_SECOND);
  }

  /**
   * MakeTime(hour, min, sec, ms) (https://tc39.es/ecma262/#sec-maketime): integral parts
   * combined with IEEE double arithmetic in the spec's order (test262 checks the order).
   */
  public static double makeTime(double hour, double min, double sec, double ms) {
    if (!Double.isFinite(hour) || !Double.isFinite(min) || !Double.isFinite(sec) || !Double.isFinite(ms)) {
      return Double.NaN;
    }
    double h = integral(hour);
    double m = integral(min);
    double s = integral(sec);
    double milli = integral(ms);
    return ((h * MS_PER_HOUR + m * MS_PER_MINUTE) + s * MS_PER_SECOND) + milli;
  }

  /**
   * MakeDay(year, month, date) (https://tc39.es/ecma262/#sec-makeday): the day number of
   * the given date, months beyond 0..11 carrying into the year, dates beyond the month's
   * length carrying into the following months.
   */
  public static double makeDay(double year, double month, double date) {
    if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) {
      return Double.NaN;
    }
    double y = integral(year);
    double m = integral(month);
    double dt = integral(date);
    double ym = y + Math.floor(m / 12);
    if (!Double.isFinite(ym) || Math.abs(ym) > MAX_YEAR) {
      return Double.NaN; // no time value has such a year
    }
    int mn;
    if (Math.abs(m) < 0x1p53) {
      mn = (int) (m - Math.floor(m / 12) * 12); // ℝ(m) modulo 12, exact at this size
    } else {
      mn = (int) Math.floorMod(exactRemainder12(m), 12L); // from the double's bits
    }
    double firstOfMonth = daysFromCivil((long) ym, mn + 1, 1);
    return firstOfMonth + dt - 1;
  }

  /** MakeDate(day, time) = day × msPerDay + time; NaN unless finite. */
  public static double makeDate(double day, double time) {
    if (!Double.isFinite(day) || !Double.isFinite(time)) {
      return Double.NaN;
    }
    double tv = day * MS_PER_DAY + time;
    return Double.isFinite(tv) ? tv : Double.NaN;
  }

  /** TimeClip(time): NaN beyond ±8.64e15 ms, else the integral part (−0 becomes +0). */
  public static double timeClip(double time) {
    if (!Double.isFinite(time) || Math.abs(time) > MAX_TIME) {
      return Double.NaN;
    }
    return integral(time) + 0.0;
  }

  /**
   * The offset of {@code zone} from UTC at the instant t, in whole milliseconds
   * (GetNamedTimeZoneOffsetNanoseconds / 10^6, truncated).
   */
  public static long offsetAt(double t, ZoneId zone) {
    if (zone == ZoneOffset.UTC) {
      return 0;
    }
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000L;
    }
    return rules.getOffset(Instant.ofEpochMilli((long) t)).getTotalSeconds() * 1000L;
  }

  /** LocalTime(t) (https://tc39.es/ecma262/#sec-localtime) for a finite t. */
  public static double localTime(double t, ZoneId zone) {
    return t + offsetAt(t, zone);
  }

  /**
   * UTC(t) (https://tc39.es/ecma262/#sec-utc-t): local time back to a time value. Where the
   * local time repeats (clocks set back) or is skipped (clocks set forward), the offset in
   * force before the transition is used, as the spec's step 4 requires.
   */
  public static double utc(double t, ZoneId zone) {
    if (!Double.isFinite(t)) {
      return Double.NaN;
    }
    if (zone == ZoneOffset.UTC) {
      return t;
    }
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return t - rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000L;
    }
    if (Math.abs(t) > MAX_TIME + 2 * MS_PER_DAY) {
      return Double.NaN; // far outside the range: TimeClip rejects it whatever the offset
    }
    long days = floorDays(t);
    long civil = civilFromDays(days);
    long secondOfDay = (long) (timeWithinDay(t) / MS_PER_SECOND);
    LocalDateTime local = LocalDateTime.of((int) (civil >> 9), (int) ((civil >> 5) & 0xF),
        (int) (civil & 0x1F), (int) (secondOfDay / 3600), (int) (secondOfDay / 60 % 60),
        (int) (secondOfDay % 60));
    ZoneOffsetTransition transition = rules.getTransition(local);
    ZoneOffset offset = transition != null ? transition.getOffsetBefore() : rules.getOffset(local);
    return t - offset.getTotalSeconds() * 1000L;
  }

  /** Whether year y (an integral double) is a leap year. */
  public static boolean isLeapYear(double y) {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /** The number of days in month (1..12) of year. */
  public static int daysInMonth(long year, int month) {
    if (month == 2) {
      return isLeapYear(year) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of year/month(1..12)/day(1..31) in the proleptic Gregorian calendar. */
  public static long daysFromCivil(long year, int month, int day) {
    // Count from 0000-03-01 so the leap day ends each 4-, 100- and 400-year cycle.
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400; // 0..399
    int shiftedMonth = month <= 2 ? month + 9 : month - 3; // March = 0
    long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468; // 719468 days from 0000-03-01 to 1970-01-01
  }

  /**
   * The civil date of a day number, packed as {@code year << 9 | month << 5 | day} with
   * month 1..12 and day 1..31 (the inverse of {@link #daysFromCivil}).
   */
  static long civilFromDays(long days) {
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097; // 0..146096
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
    int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return (year << 9) | ((long) month << 5) | day;
  }

  private static long floorDays(double t) {
    return (long) Math.floor(t / MS_PER_DAY);
  }

  /** ToIntegerOrInfinity on a finite double, as a double (−0 may remain; callers add 0.0). */
  private static double integral(double d) {
    return d < 0 ? Math.ceil(d) : Math.floor(d);
  }

  /** The remainder of a huge integral double m = ±significand × 2^shift divided by 12. */
  private static long exactRemainder12(double m) {
    long bits = Double.doubleToRawLongBits(m);
    int shift = (int) ((bits >>> 52) & 0x7FF) - 1075;
    long significand = (bits & ((1L << 52) - 1)) | (1L << 52);
    long r = significand % 12;
    for (int i = 0; i < shift; i++) {
      r = (r * 2) % 12;
    }
    return bits < 0 ? -r : r;
  }
}
