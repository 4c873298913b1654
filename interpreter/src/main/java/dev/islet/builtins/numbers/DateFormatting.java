package dev.islet.builtins.numbers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The strings of Date.prototype.toString and its siblings
 * (https://tc39.es/ecma262/#sec-date.prototype.tostring, #sec-todatestring,
 * #sec-date.prototype.toisostring, #sec-date.prototype.toutcstring). Each takes a time value;
 * NaN (or any non-finite value) gives "Invalid Date", except in {@link #toISOString}, whose
 * caller throws a RangeError first.
 */
public final class DateFormatting {
  public static final String INVALID_DATE = "Invalid Date";
  private static final String[] DAY_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  private static final String[] MONTH_NAMES = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private DateFormatting() {}

  /**
   * Date.prototype.toString, i.e. ToDateString(tv):
   * "Tue Mar 01 2022 10:00:00 GMT+0100 (Central European Standard Time)".
   */
  public static String toString(double tv, ZoneId zone) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    double t = DateMath.localTime(tv, zone);
    StringBuilder sb = new StringBuilder(64);
    appendDateString(sb, t);
    sb.append(' ');
    appendTimeString(sb, t);
    appendTimeZoneString(sb, tv, zone);
    return sb.toString();
  }

  /** Date.prototype.toDateString: "Tue Mar 01 2022". */
  public static String toDateString(double tv, ZoneId zone) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    StringBuilder sb = new StringBuilder(16);
    appendDateString(sb, DateMath.localTime(tv, zone));
    return sb.toString();
  }

  /** Date.prototype.toTimeString: "10:00:00 GMT+0100 (Central European Standard Time)". */
  public static String toTimeString(double tv, ZoneId zone) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    StringBuilder sb = new StringBuilder(48);
    appendTimeString(sb, DateMath.localTime(tv, zone));
    appendTimeZoneString(sb, tv, zone);
    return sb.toString();
  }

  /** Date.prototype.toUTCString: "Tue, 01 Mar 2022 10:00:00 GMT". */
  public static String toUTCString(double tv) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    StringBuilder sb = new StringBuilder(32);
    sb.append(DAY_NAMES[DateMath.weekDay(tv)]).append(", ");
    pad2(sb, DateMath.dateFromTime(tv));
    sb.append(' ').append(MONTH_NAMES[DateMath.monthFromTime(tv)]).append(' ');
    appendYear(sb, DateMath.yearFromTime(tv));
    sb.append(' ');
    appendTimeString(sb, tv); // ends in " GMT"
    return sb.toString();
  }

  /**
   * Date.prototype.toISOString for a finite time value: "2022-03-01T10:00:00.000Z", with
   * "+YYYYYY"/"-YYYYYY" outside years 0..9999.
   */
  public static String toISOString(double tv) {
    if (!Double.isFinite(tv)) {
      throw new IllegalArgumentException("not a finite time value: " + tv);
    }
    StringBuilder sb = new StringBuilder(27);
    int year = DateMath.yearFromTime(tv);
    if (year >= 0 && year <= 9999) {
      pad(sb, year, 4);
    } else {
      sb.append(year < 0 ? '-' : '+');
      pad(sb, Math.abs(year), 6);
    }
    sb.append('-');
    pad2(sb, DateMath.monthFromTime(tv) + 1);
    sb.append('-');
    pad2(sb, DateMath.dateFromTime(tv));
    sb.append('T');
    pad2(sb, DateMath.hourFromTime(tv));
    sb.append(':');
    pad2(sb, DateMath.minFromTime(tv));
    sb.append(':');
    pad2(sb, DateMath.secFromTime(tv));
    sb.append('.');
    pad(sb, DateMath.msFromTime(tv), 3);
    sb.append('Z');
    return sb.toString();
  }

  /** DateString(tv) (https://tc39.es/ecma262/#sec-datestring) of a local time t. */
  private static void appendDateString(StringBuilder sb, double t) {
    sb.append(DAY_NAMES[DateMath.weekDay(t)]).append(' ');
    sb.append(MONTH_NAMES[DateMath.monthFromTime(t)]).append(' ');
    pad2(sb, DateMath.dateFromTime(t));
    sb.append(' ');
    appendYear(sb, DateMath.yearFromTime(t));
  }

  /** TimeString(tv): "HH:mm:ss GMT" (https://tc39.es/ecma262/#sec-timestring). */
  private static void appendTimeString(StringBuilder sb, double t) {
    pad2(sb, DateMath.hourFromTime(t));
    sb.append(':');
    pad2(sb, DateMath.minFromTime(t));
    sb.append(':');
    pad2(sb, DateMath.secFromTime(t));
    sb.append(" GMT");
  }

  /**
   * TimeZoneString(tv) (https://tc39.es/ecma262/#sec-timezoneestring): "+hhmm" (seconds of a
   * historical offset are dropped, as V8 does) and the zone's English name in parentheses.
   */
  private static void appendTimeZoneString(StringBuilder sb, double tv, ZoneId zone) {
    long offsetMs = DateMath.offsetAt(tv, zone);
    long minutes = Math.abs(offsetMs) / 60_000;
    sb.append(offsetMs >= 0 ? '+' : '-');
    pad2(sb, (int) (minutes / 60));
    pad2(sb, (int) (minutes % 60));
    sb.append(" (").append(zoneName(tv, zone)).append(')');
  }

  /** The long English name of the zone at tv, e.g. "Central European Summer Time". */
  static String zoneName(double tv, ZoneId zone) {
    if (zone == ZoneOffset.UTC || "UTC".equals(zone.getId()) || "Z".equals(zone.getId())) {
      return "Coordinated Universal Time";
    }
    if (zone instanceof ZoneOffset) {
      return "GMT" + ((ZoneOffset) zone).getId(); // a bare offset has no name
    }
    boolean daylight = zone.getRules().isDaylightSavings(Instant.ofEpochMilli((long) tv));
    return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.LONG, Locale.US);
  }

  /** The year as DateString writes it: at least 4 digits, "-" before negative years. */
  private static void appendYear(StringBuilder sb, int year) {
    if (year < 0) {
      sb.append('-');
    }
    pad(sb, Math.abs(year), 4);
  }

  private static void pad2(StringBuilder sb, int v) {
    if (v < 10) {
      sb.append('0');
    }
    sb.append(v);
  }

  private static void pad(StringBuilder sb, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(s);
  }
}
