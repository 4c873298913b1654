package dev.islet.builtins.numbers;

import java.time.ZoneId;

/**
 * The fallback of Date.parse for strings outside the ISO format: what toString and
 * toUTCString print (negative years included, so that Date.parse(d.toString()) gives d back
 * as the spec asks), and the forms people write and V8 reads, e.g. "Mar 1 2022",
 * "March 1, 2022 10:00 PM", "1 Mar 2022 10:00:00 GMT+0100", "3/1/2022 10:00", "2022/03/01",
 * "Tue, 01 Mar 2022 10:00:00 GMT", "Mar 1, 2022 10:00:00 EST".
 *
 * <p>The string is read as tokens, in the manner of V8's legacy parser: numbers followed by
 * ':' make the time; other numbers are date parts, read as month/day/year, or year/month/day
 * when the first is clearly a year, or day and year around a month name; words are month
 * names (by their first three letters), day names (ignored), AM/PM, UTC/GMT/UT/Z or a North
 * American zone abbreviation; a sign and number after the time or after GMT is an offset;
 * parenthesised text is a comment. Words before the first number are ignored; anything else
 * unexpected makes the result NaN. Without a zone the time is local.
 */
final class LegacyDateParsing {
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  private static final String[] ZONE_NAMES = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"};
  private static final int[] ZONE_HOURS = {-5, -4, -6, -5, -7, -6, -8, -7};

  private final String s;
  private int pos;
  private final long[] dateParts = new long[3];
  private final int[] datePartDigits = new int[3];
  private int datePartCount;
  private boolean negativeYear;
  private int namedMonth = -1;
  private boolean sawNumber;
  private int hour = -1;
  private int minute;
  private int second;
  private int millis;
  private int meridiem; // 0 none, 1 AM, 2 PM
  private boolean hasZone;
  private int zoneMinutes;
  private boolean lastNumberWasDatePart;

  private LegacyDateParsing(String s) {
    this.s = s;
  }

  /** The time value (not yet clipped) of s, or NaN. */
  static double parse(String s, ZoneId zone) {
    LegacyDateParsing p = new LegacyDateParsing(s);
    return p.scan() ? p.compose(zone) : Double.NaN;
  }

  private boolean scan() {
    int n = s.length();
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else if (c == '(') {
        skipComment();
      } else if (DateParsing.isDigit(c)) {
        if (!number(false)) {
          return false;
        }
      } else if (c == '+' || c == '-') {
        if (!sign(c)) {
          return false;
        }
      } else if (c == '/' || c == '.') {
        pos++; // date separators ("3/1/2022", "01.02.2000"), or "Jan." abbreviations
      } else if (Character.isLetter(c)) {
        if (!word()) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /** Skips "( … )", nested; an unclosed comment runs to the end. */
  private void skipComment() {
    int depth = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return;
      }
    }
  }

  /** A number: the start of a time if ':' follows, else a date part. */
  private boolean number(boolean negative) {
    int start = pos;
    long v = readDigits();
    if (v < 0) {
      return false;
    }
    int digitCount = pos - start;
    sawNumber = true;
    lastNumberWasDatePart = false;
    if (pos < s.length() && s.charAt(pos) == ':' && !negative) {
      return time(v);
    }
    lastNumberWasDatePart = true;
    if (datePartCount == 3) {
      return false;
    }
    if (negative) {
      negativeYear = true; // only a year is ever written with a sign
    }
    dateParts[datePartCount] = v;
    datePartDigits[datePartCount] = negative ? -digitCount : digitCount;
    datePartCount++;
    return true;
  }

  /** hh:mm[:ss[.fff]] after its hour; the current position is at the first ':'. */
  private boolean time(long h) {
    if (hour >= 0 || h > 24) {
      return false;
    }
    hour = (int) h;
    pos++; // ':'
    minute = (int) optionalNumber();
    if (pos < s.length() && s.charAt(pos) == ':') {
      pos++;
      second = (int) optionalNumber();
      if (pos + 1 < s.length() && s.charAt(pos) == '.' && DateParsing.isDigit(s.charAt(pos + 1))) {
        pos++;
        int digits = 0;
        int v = 0;
        while (pos < s.length() && DateParsing.isDigit(s.charAt(pos))) {
          if (digits < 3) {
            v = v * 10 + (s.charAt(pos) - '0');
          }
          digits++;
          pos++;
        }
        for (int i = digits; i < 3; i++) {
          v *= 10;
        }
        millis = v;
      }
    }
    return minute >= 0 && second >= 0 && minute < 60 && second < 60;
  }

  /** Digits at the position, or 0 when there are none ("10:" is 10:00). */
  private long optionalNumber() {
    if (pos < s.length() && DateParsing.isDigit(s.charAt(pos))) {
      return readDigits();
    }
    return 0;
  }

  /** A run of at most 9 digits; −1 for a longer one. */
  private long readDigits() {
    long v = 0;
    int start = pos;
    while (pos < s.length() && DateParsing.isDigit(s.charAt(pos))) {
      v = v * 10 + (s.charAt(pos) - '0');
      pos++;
      if (pos - start > 9) {
        return -1;
      }
    }
    return v;
  }

  /** '+' or '-': a zone offset after a time or GMT, a negative year, or a separator. */
  private boolean sign(char c) {
    boolean digitFollows = pos + 1 < s.length() && DateParsing.isDigit(s.charAt(pos + 1));
    if (!digitFollows) {
      if (c == '-') {
        pos++; // "1-Jan-2000"
        return true;
      }
      return false;
    }
    char before = pos > 0 ? s.charAt(pos - 1) : ' ';
    boolean afterDatePart = DateParsing.isDigit(before) && lastNumberWasDatePart;
    if (c == '-' && (afterDatePart || (Character.isLetter(before) && !hasZone))) {
      pos++; // "2000-1-1", "Jan-1-2000", "10:00 2022-03-01": a separator
      return true;
    }
    if (hour >= 0 || hasZone) {
      pos++;
      return offset(c == '-' ? -1 : 1);
    }
    if (c == '-' && namedMonth >= 0) {
      pos++;
      return number(true); // "Tue Mar 01 -1000 …": a negative year
    }
    return false;
  }

  /** ±hh, ±hhmm or ±hh:mm, added to a preceding "GMT" (or standing alone after a time). */
  private boolean offset(int sign) {
    int start = pos;
    long v = readDigits();
    int digits = pos - start;
    long minutes;
    if (pos < s.length() && s.charAt(pos) == ':') {
      pos++;
      long m = optionalNumber();
      minutes = v * 60 + m;
    } else if (digits <= 2) {
      minutes = v * 60;
    } else if (digits <= 4) {
      minutes = (v / 100) * 60 + v % 100;
    } else {
      return false;
    }
    if (minutes >= 100 * 60) {
      return false; // node takes up to "+99"; more is no offset
    }
    hasZone = true;
    zoneMinutes += (int) (sign * minutes);
    return true;
  }

  private boolean word() {
    int start = pos;
    while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
      pos++;
    }
    String w = s.substring(start, pos).toLowerCase(java.util.Locale.ROOT);
    if (w.equals("am") || w.equals("pm")) {
      meridiem = w.equals("am") ? 1 : 2;
      return true;
    }
    if (w.equals("utc") || w.equals("gmt") || w.equals("ut") || w.equals("z")) {
      hasZone = true;
      return true;
    }
    for (int i = 0; i < ZONE_NAMES.length; i++) {
      if (w.equals(ZONE_NAMES[i])) {
        hasZone = true;
        zoneMinutes += ZONE_HOURS[i] * 60;
        return true;
      }
    }
    if (w.length() >= 3) {
      String prefix = w.substring(0, 3);
      for (int i = 0; i < 12; i++) {
        if (prefix.equals(MONTHS[i])) {
          if (namedMonth >= 0) {
            return false;
          }
          namedMonth = i;
          return true;
        }
      }
      for (String d : DAYS) {
        if (prefix.equals(d)) {
          return true;
        }
      }
    }
    return !sawNumber; // words before the first number are noise
  }

  private double compose(ZoneId zone) {
    // Which date part is the year, the month and the day (−1: absent).
    int yearAt;
    int monthAt = -1;
    int dayAt = -1;
    if (namedMonth >= 0) {
      if (datePartCount == 2) {
        yearAt = isYear(0) ? 0 : 1;
        dayAt = 1 - yearAt;
      } else if (datePartCount == 1 && isYear(0)) {
        yearAt = 0;
      } else {
        return Double.NaN;
      }
    } else if (datePartCount == 3) {
      boolean yearFirst = isYear(0);
      yearAt = yearFirst ? 0 : 2;
      monthAt = yearFirst ? 1 : 0;
      dayAt = yearFirst ? 2 : 1;
    } else if (datePartCount == 2 && isYear(0)) {
      yearAt = 0;
      monthAt = 1;
    } else if (datePartCount == 1) {
      yearAt = 0;
    } else {
      return Double.NaN;
    }
    for (int i = 0; i < datePartCount; i++) {
      if (i != yearAt && datePartDigits[i] < 0) {
        return Double.NaN; // only a year may carry a sign
      }
    }
    long year = dateParts[yearAt];
    if (negativeYear) {
      year = -year;
    } else if (datePartDigits[yearAt] <= 2) {
      year += year < 50 ? 2000 : 1900; // two-digit years
    }
    long month = namedMonth >= 0 ? namedMonth + 1 : monthAt >= 0 ? dateParts[monthAt] : 1;
    long day = dayAt >= 0 ? dateParts[dayAt] : 1;
    int h = hour < 0 ? 0 : hour;
    if (meridiem != 0) {
      if (h > 12) {
        return Double.NaN;
      }
      h = h % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (month < 1 || month > 12 || day < 1 || day > 31
        || (h == 24 && (minute | second | millis) != 0)) {
      return Double.NaN;
    }
    double date = DateMath.makeDate(DateMath.makeDay(year, month - 1, day),
        DateMath.makeTime(h, minute, second, millis));
    if (hasZone) {
      return date - zoneMinutes * DateMath.MS_PER_MINUTE;
    }
    return DateMath.utc(date, zone);
  }

  /** Whether date part i can only be a year: above 31, signed, or written with 3+ digits. */
  private boolean isYear(int i) {
    return dateParts[i] > 31 || Math.abs(datePartDigits[i]) >= 3 || datePartDigits[i] < 0;
  }
}
