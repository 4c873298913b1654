package dev.islet.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateFormattingTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void toStringInUtc() {
    assertThat(DateFormatting.toString(0, UTC))
        .isEqualTo("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)");
    assertThat(DateFormatting.toString(Double.NaN, UTC)).isEqualTo("Invalid Date");
    assertThat(DateFormatting.toString(-8.64e15, UTC))
        .isEqualTo("Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)");
  }

  @Test
  void toStringInANamedZone() {
    // Expected strings are node's, run with TZ=Europe/Berlin.
    assertThat(DateFormatting.toString(0, BERLIN))
        .isEqualTo("Thu Jan 01 1970 01:00:00 GMT+0100 (Central European Standard Time)");
    assertThat(DateFormatting.toString(1656128800000.0, BERLIN))
        .isEqualTo("Sat Jun 25 2022 05:46:40 GMT+0200 (Central European Summer Time)");
    assertThat(DateFormatting.toString(-62198755200000.0, BERLIN))
        .isEqualTo("Fri Jan 01 -0001 00:53:28 GMT+0053 (Central European Standard Time)");
    assertThat(DateFormatting.toDateString(-1e14, BERLIN)).isEqualTo("Thu Feb 15 -1199");
    assertThat(DateFormatting.toTimeString(-1e14, BERLIN))
        .isEqualTo("15:06:48 GMT+0053 (Central European Standard Time)");
    assertThat(DateFormatting.toString(0, ZoneId.of("Asia/Kolkata")))
        .isEqualTo("Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time)");
    assertThat(DateFormatting.toString(0, ZoneId.of("America/Sao_Paulo")))
        .isEqualTo("Wed Dec 31 1969 21:00:00 GMT-0300 (Brasilia Standard Time)");
  }

  @Test
  void toUTCString() {
    assertThat(DateFormatting.toUTCString(0)).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
    assertThat(DateFormatting.toUTCString(8.64e15)).isEqualTo("Sat, 13 Sep 275760 00:00:00 GMT");
    assertThat(DateFormatting.toUTCString(-62198755200000.0)).isEqualTo("Fri, 01 Jan -0001 00:00:00 GMT");
    assertThat(DateFormatting.toUTCString(Double.NaN)).isEqualTo("Invalid Date");
  }

  @Test
  void toISOString() {
    assertThat(DateFormatting.toISOString(0)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(DateFormatting.toISOString(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
    assertThat(DateFormatting.toISOString(8.64e15)).isEqualTo("+275760-09-13T00:00:00.000Z");
    assertThat(DateFormatting.toISOString(-8.64e15)).isEqualTo("-271821-04-20T00:00:00.000Z");
    assertThat(DateFormatting.toISOString(-62198755200000.0)).isEqualTo("-000001-01-01T00:00:00.000Z");
    assertThat(DateFormatting.toISOString(253402300800000.0)).isEqualTo("+010000-01-01T00:00:00.000Z");
    assertThat(DateFormatting.toISOString(253402300799999.0)).isEqualTo("9999-12-31T23:59:59.999Z");
    assertThatThrownBy(() -> DateFormatting.toISOString(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeYearsHaveAtLeastFourDigits() {
    // test262 built-ins/Date/prototype/toString/negative-year.js and toUTCString's twin
    int[] years = {-1, -12, -123, -1234, -12345, -123456};
    String[] printed = {"-0001", "-0012", "-0123", "-1234", "-12345", "-123456"};
    for (int i = 0; i < years.length; i++) {
      double t = DateMath.makeDate(DateMath.makeDay(years[i], 6, 1), 0);
      assertThat(DateFormatting.toString(t, UTC).split(" ")[3]).isEqualTo(printed[i]);
      assertThat(DateFormatting.toUTCString(t).split(" ")[3]).isEqualTo(printed[i]);
    }
  }
}
