package dev.islet.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DateMathTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static long bits(double d) {
    return Double.doubleToRawLongBits(d);
  }

  @Test
  void fieldsAgreeWithJavaTimeAcrossTheWholeRange() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 200_000; i++) {
      long ms = random.nextLong(-8_640_000_000_000_000L, 8_640_000_000_000_001L);
      double t = ms;
      LocalDateTime dt = LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC);
      assertThat(DateMath.yearFromTime(t)).isEqualTo(dt.getYear());
      assertThat(DateMath.monthFromTime(t)).isEqualTo(dt.getMonthValue() - 1);
      assertThat(DateMath.dateFromTime(t)).isEqualTo(dt.getDayOfMonth());
      assertThat(DateMath.weekDay(t)).isEqualTo(dt.getDayOfWeek().getValue() % 7);
      assertThat(DateMath.hourFromTime(t)).isEqualTo(dt.getHour());
      assertThat(DateMath.minFromTime(t)).isEqualTo(dt.getMinute());
      assertThat(DateMath.secFromTime(t)).isEqualTo(dt.getSecond());
      assertThat(DateMath.msFromTime(t)).isEqualTo(dt.get(ChronoField.MILLI_OF_SECOND));
      assertThat(DateMath.inLeapYear(t)).isEqualTo(dt.toLocalDate().isLeapYear() ? 1 : 0);
      LocalDate d = dt.toLocalDate();
      assertThat(DateMath.daysFromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
      assertThat(DateMath.day(t)).isEqualTo((double) d.toEpochDay());
      assertThat(DateMath.dayFromYear(d.getYear())).isEqualTo((double) LocalDate.of(d.getYear(), 1, 1).toEpochDay());
    }
  }

  @Test
  void dayAndTimeWithinDayForNegativeTimes() {
    assertThat(DateMath.day(-1)).isEqualTo(-1.0);
    assertThat(DateMath.timeWithinDay(-1)).isEqualTo(86_399_999.0);
    assertThat(bits(DateMath.timeWithinDay(-86_400_000))).isEqualTo(bits(0.0));
    assertThat(DateMath.daysInYear(2000)).isEqualTo(366);
    assertThat(DateMath.daysInYear(1900)).isEqualTo(365);
    assertThat(DateMath.daysInYear(-4)).isEqualTo(366);
    assertThat(DateMath.timeFromYear(1971)).isEqualTo(365 * 86_400_000.0);
  }

  @Test
  void makeTimeUsesDoubleArithmeticInSpecOrder() {
    // test262 built-ins/Date/UTC/fp-evaluation-order.js
    double time = DateMath.makeTime(80063993375.0, 29, 1, -288230376151711740.0);
    assertThat(DateMath.makeDate(DateMath.makeDay(1970, 0, 1), time)).isEqualTo(29312.0);
    assertThat(DateMath.makeTime(Double.NaN, 0, 0, 0)).isNaN();
    assertThat(DateMath.makeTime(1.9, 2.9, 3.9, 4.9)).isEqualTo(3_600_000 + 120_000 + 3_000 + 4.0);
    assertThat(DateMath.makeTime(-1.9, 0, 0, 0)).isEqualTo(-3_600_000.0);
    assertThat(DateMath.makeTime(Double.POSITIVE_INFINITY, 0, 0, 0)).isNaN();
  }

  @Test
  void makeDayCarriesMonthsAndDates() {
    assertThat(DateMath.makeDay(1970, 0, 1)).isEqualTo(0.0);
    assertThat(DateMath.makeDay(1970, 12, 1)).isEqualTo(365.0);
    assertThat(DateMath.makeDay(1971, -12, 1)).isEqualTo(0.0);
    assertThat(DateMath.makeDay(1970, -1, 1)).isEqualTo(-31.0);
    assertThat(DateMath.makeDay(2019, 1, 30)).isEqualTo((double) LocalDate.of(2019, 3, 2).toEpochDay());
    assertThat(DateMath.makeDay(2000, 0, 0)).isEqualTo((double) LocalDate.of(1999, 12, 31).toEpochDay());
    assertThat(DateMath.makeDay(1970.9, 0.9, 1.9)).isEqualTo(0.0);
    assertThat(DateMath.makeDay(-271821, 3, 20)).isEqualTo(-100_000_000.0);
    assertThat(DateMath.makeDay(275760, 8, 13)).isEqualTo(100_000_000.0);
    assertThat(DateMath.makeDay(Double.MAX_VALUE, Double.MAX_VALUE, 1)).isNaN();
    assertThat(DateMath.makeDay(Double.NaN, 0, 1)).isNaN();
    assertThat(DateMath.makeDay(1970, 0, Double.POSITIVE_INFINITY)).isNaN();
    assertThat(DateMath.makeDay(300_000, 0, -36_500_000))
        .isEqualTo((double) (LocalDate.of(300_000, 1, 1).toEpochDay() - 36_500_001));
    // A month past 2^53 whose division by 12 is inexact in doubles: the remainder must be exact.
    // 2^55 = 12 · 3002399751580330 + 8, so this is September 1970.
    assertThat(DateMath.makeDay(1970 - 3002399751580330.0, 0x1p55, 1))
        .isEqualTo((double) LocalDate.of(1970, 9, 1).toEpochDay());
  }

  @Test
  void makeDateAndTimeClip() {
    assertThat(DateMath.makeDate(1, 1)).isEqualTo(86_400_001.0);
    assertThat(DateMath.makeDate(Double.NaN, 1)).isNaN();
    assertThat(DateMath.makeDate(1e306, 1)).isNaN(); // overflows to Infinity
    assertThat(DateMath.timeClip(8.64e15)).isEqualTo(8.64e15);
    assertThat(DateMath.timeClip(8.64e15 + 1)).isNaN();
    assertThat(DateMath.timeClip(-8.64e15)).isEqualTo(-8.64e15);
    assertThat(bits(DateMath.timeClip(-0.0))).isEqualTo(bits(0.0));
    assertThat(bits(DateMath.timeClip(-0.5))).isEqualTo(bits(0.0));
    assertThat(DateMath.timeClip(1.9)).isEqualTo(1.0);
    assertThat(DateMath.timeClip(Double.POSITIVE_INFINITY)).isNaN();
  }

  @Test
  void localTimeAndUtcWithDaylightSavingTransitions() {
    double winter = DateMath.makeDate(DateMath.makeDay(2021, 0, 15), 0);
    assertThat(DateMath.offsetAt(winter, NEW_YORK)).isEqualTo(-5 * 3_600_000L);
    assertThat(DateMath.localTime(winter, NEW_YORK)).isEqualTo(winter - 5 * 3_600_000);
    assertThat(DateMath.utc(DateMath.localTime(winter, NEW_YORK), NEW_YORK)).isEqualTo(winter);
    // 2021-03-14 02:30 does not exist in New York: the offset before the jump (−5) is used.
    double skipped = DateMath.makeDate(DateMath.makeDay(2021, 2, 14), DateMath.makeTime(2, 30, 0, 0));
    assertThat(DateMath.utc(skipped, NEW_YORK)).isEqualTo(skipped + 5 * 3_600_000);
    // 2021-11-07 01:30 happens twice: again the offset before the transition (−4), the earlier.
    double repeated = DateMath.makeDate(DateMath.makeDay(2021, 10, 7), DateMath.makeTime(1, 30, 0, 0));
    assertThat(DateMath.utc(repeated, NEW_YORK)).isEqualTo(repeated + 4 * 3_600_000);
    assertThat(DateMath.utc(Double.NaN, NEW_YORK)).isNaN();
    assertThat(DateMath.utc(5, ZoneOffset.UTC)).isEqualTo(5.0);
    assertThat(DateMath.utc(5, ZoneOffset.ofHours(2))).isEqualTo(5 - 7_200_000.0);
    // Local mean time before standard zones: offsets with seconds, kept to the millisecond.
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(DateMath.offsetAt(-1e13, berlin)).isEqualTo((53 * 60 + 28) * 1000L);
    assertThat(DateMath.utc(DateMath.localTime(-8.64e15, berlin), berlin)).isEqualTo(-8.64e15);
  }
}
