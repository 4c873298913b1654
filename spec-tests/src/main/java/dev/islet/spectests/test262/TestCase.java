package dev.islet.spectests.test262;

import java.nio.file.Path;

/**
 * One test file.
 *
 * @param path   the path relative to the test262 root, with {@code /} separators (e.g.
 *               {@code test/language/expressions/void/S11.4.2_A1.js}): the name used in reports and
 *               baselines, and as the source name given to the engine
 * @param file   the file on disk (its folder resolves module fixtures: {@code ./x_FIXTURE.js})
 * @param source the test's text as read from disk
 * @param meta   its frontmatter
 */
public record TestCase(String path, Path file, String source, Frontmatter meta) {
  /** The text to give the engine in {@code mode}: strict mode prepends {@link Mode#STRICT_PREFIX}. */
  public String sourceFor(Mode mode) {
    return mode == Mode.STRICT ? Mode.STRICT_PREFIX + source : source;
  }
}
