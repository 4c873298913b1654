package dev.islet.numconv;

/**
 * A finite positive decimal {@code significand × 10^exponent} with no trailing zero in the
 * significand (unless it is 0). Produced by {@link ShortestDigits}.
 *
 * @param significand the digits, 1 to 17 of them
 * @param exponent the power of ten of the last digit
 */
public record Decimal(long significand, int exponent) {

  /** The number of decimal digits of the significand (1 for 0). */
  public int digitCount() {
    return NumberToString.decimalLength(significand);
  }
}
