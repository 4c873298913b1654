package dev.islet.builtins.numbers;

import dev.islet.numconv.StringToNumber;
import java.time.ZoneId;

/**
 * Date.parse (https://tc39.es/ecma262/#sec-date.parse): first the Date Time String Format
 * (https://tc39.es/ecma262/#sec-date-time-string-format) with its expanded years, then, for
 * anything else, the forms toString and toUTCString produce and the common forms V8 accepts
 * ({@link LegacyDateParsing}). The result is a time value: NaN when nothing fits or when the
 * date is out of range.
 *
 * <p>Where the ISO format is matched we follow the spec with V8's small allowances, since
 * scripts written against node expect them: the fraction may have any number of digits (the
 * first three count), 't', 'z' and a space for 'T' are accepted, as is an offset without its colon,
 * and a day up to 31 is taken for any month (MakeDay carries Feb 30 into March).
 */
public final class DateParsing {
  /** Marks "not in the ISO format": never a time value. */
  private static final double NOT_ISO = Double.NEGATIVE_INFINITY;

  private DateParsing() {}

  /** Date.parse(string) with the given local time zone. */
  public static double parse(String s, ZoneId zone) {
    // The ISO format is matched on the string as it is (V8 reads " 2000-01-01 " as a local
    // date through its legacy parser, not as the UTC date-only form).
    double iso = new Iso(s).parse(zone);
    if (iso != NOT_ISO) {
      return DateMath.timeClip(iso);
    }
    int start = 0;
    int end = s.length();
    while (start < end && StringToNumber.isStrWhiteSpaceChar(s.charAt(start))) {
      start++;
    }
    while (end > start && StringToNumber.isStrWhiteSpaceChar(s.charAt(end - 1))) {
      end--;
    }
    return DateMath.timeClip(LegacyDateParsing.parse(s.substring(start, end), zone));
  }

  /** A scanner for the Date Time String Format. */
  private static final class Iso {
    private final String s;
    private int pos;

    Iso(String s) {
      this.s = s;
    }

    double parse(ZoneId zone) {
      // Year: YYYY or ±YYYYYY.
      int year;
      char first = peek();
      if (first == '+' || first == '-') {
        pos++;
        int v = digits(6);
        if (v < 0) {
          return NOT_ISO;
        }
        if (first == '-' && v == 0) {
          return Double.NaN; // "-000000" is not a year (#sec-expanded-years)
        }
        year = first == '-' ? -v : v;
      } else {
        year = digits(4);
        if (year < 0) {
          return NOT_ISO;
        }
      }
      int month = 1;
      int day = 1;
      if (peek() == '-') {
        pos++;
        month = digits(2);
        if (month < 0) {
          return NOT_ISO;
        }
        if (peek() == '-') {
          pos++;
          day = digits(2);
          if (day < 0) {
            return NOT_ISO;
          }
        }
      }
      boolean dateOnly = true;
      int hour = 0;
      int minute = 0;
      int second = 0;
      int millis = 0;
      boolean hasOffset = false;
      int offsetMinutes = 0;
      char t = peek();
      if (t == 'T' || t == 't' || (t == ' ' && pos + 1 < s.length() && isDigit(s.charAt(pos + 1)))) {
        pos++;
        dateOnly = false;
        hour = digits(2);
        if (hour < 0 || peek() != ':') {
          return NOT_ISO;
        }
        pos++;
        minute = digits(2);
        if (minute < 0) {
          return NOT_ISO;
        }
        if (peek() == ':') {
          pos++;
          second = digits(2);
          if (second < 0) {
            return NOT_ISO;
          }
          if (peek() == '.') {
            pos++;
            millis = fraction();
            if (millis < 0) {
              return NOT_ISO;
            }
          }
        }
        char z = peek();
        if (z == 'Z' || z == 'z') {
          pos++;
          hasOffset = true;
        } else if (z == '+' || z == '-') {
          pos++;
          int oh = digits(2);
          if (oh < 0) {
            return NOT_ISO;
          }
          if (peek() == ':') {
            pos++;
          }
          int om = digits(2);
          if (om < 0) {
            return NOT_ISO;
          }
          if (oh > 23 || om > 59) {
            return Double.NaN;
          }
          hasOffset = true;
          offsetMinutes = (z == '-' ? -1 : 1) * (oh * 60 + om);
        }
      }
      if (pos != s.length()) {
        return NOT_ISO;
      }
      if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 59
          || hour > 24 || (hour == 24 && (minute | second | millis) != 0)) {
        return Double.NaN;
      }
      double date = DateMath.makeDate(DateMath.makeDay(year, month - 1, day),
          DateMath.makeTime(hour, minute, second, millis));
      if (dateOnly || hasOffset) {
        return date - offsetMinutes * DateMath.MS_PER_MINUTE; // date-only forms are UTC
      }
      return DateMath.utc(date, zone);
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    /** Exactly n decimal digits as a number, or −1 (position unchanged) if they are not there. */
    private int digits(int n) {
      if (pos + n > s.length()) {
        return -1;
      }
      int v = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(pos + i);
        if (!isDigit(c)) {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      pos += n;
      return v;
    }

    /** One or more fraction digits as milliseconds (the first three count, as in V8), or −1. */
    private int fraction() {
      int v = 0;
      int count = 0;
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        if (count < 3) {
          v = v * 10 + (s.charAt(pos) - '0');
        }
        count++;
        pos++;
      }
      if (count == 0) {
        return -1;
      }
      for (int i = count; i < 3; i++) {
        v *= 10;
      }
      return v;
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
