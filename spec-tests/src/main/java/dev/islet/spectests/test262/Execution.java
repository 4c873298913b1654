package dev.islet.spectests.test262;

/**
 * Everything an executor needs to run one test in one mode.
 *
 * @param test    the test
 * @param mode    the mode to run it in
 * @param source  the text to evaluate ({@link TestCase#sourceFor(Mode)}): script goal for
 *                {@link Mode#SLOPPY} and {@link Mode#STRICT}, module goal for {@link Mode#MODULE}
 * @param prelude the harness files to evaluate first, in the test's realm ({@link Prelude#NONE} for
 *                {@code raw} tests)
 */
public record Execution(TestCase test, Mode mode, String source, Prelude prelude) {
  /** True when the test expects {@code $DONE}/{@code print} to report its end ({@code flags: [async]}). */
  public boolean isAsync() {
    return test.meta().hasFlag("async");
  }
}
