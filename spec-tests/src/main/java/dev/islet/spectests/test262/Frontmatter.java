package dev.islet.spectests.test262;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metadata of a test262 test, read from its {@code /*--- ... ---*}{@code /} block
 * (INTERPRETING.md, "Metadata"). Only the keys that change how a test runs are kept.
 *
 * @param flags    {@code flags} ({@code onlyStrict}, {@code noStrict}, {@code module}, {@code raw}, {@code async}, …)
 * @param includes {@code includes}: harness files to evaluate before the test, in order
 * @param features {@code features}
 * @param negative {@code negative}, or null when the test must complete normally
 */
public record Frontmatter(Set<String> flags, List<String> includes, List<String> features, Negative negative) {
  public static final Frontmatter NONE = new Frontmatter(Set.of(), List.of(), List.of(), null);

  private static final String OPEN = "/*---";
  private static final String CLOSE = "---*/";

  public Frontmatter {
    flags = Set.copyOf(flags);
    includes = List.copyOf(includes);
    features = List.copyOf(features);
  }

  public boolean hasFlag(String flag) {
    return flags.contains(flag);
  }

  /** Reads the frontmatter of a test's source text; {@link #NONE} when it has none. */
  public static Frontmatter of(String source) {
    int open = source.indexOf(OPEN);
    if (open < 0) {
      return NONE;
    }
    int close = source.indexOf(CLOSE, open + OPEN.length());
    if (close < 0) {
      throw new FrontmatterException("frontmatter '/*---' is not closed by '---*/'");
    }
    return fromYaml(YamlSubset.parse(source.substring(open + OPEN.length(), close)));
  }

  static Frontmatter fromYaml(Map<String, Object> yaml) {
    List<String> flags = stringList(yaml, "flags");
    List<String> includes = stringList(yaml, "includes");
    List<String> features = stringList(yaml, "features");
    Negative negative = null;
    Object neg = yaml.get("negative");
    if (neg != null && !"".equals(neg)) {
      if (!(neg instanceof Map<?, ?> m)) {
        throw new FrontmatterException("'negative' must be a mapping with 'phase' and 'type'");
      }
      Object phase = m.get("phase");
      Object type = m.get("type");
      if (!(phase instanceof String p) || !(type instanceof String t) || t.isEmpty()) {
        throw new FrontmatterException("'negative' needs string 'phase' and 'type'");
      }
      negative = new Negative(Phase.of(p), t);
    }
    return new Frontmatter(Set.copyOf(flags), includes, features, negative);
  }

  private static List<String> stringList(Map<String, Object> yaml, String key) {
    Object value = yaml.get(key);
    if (value == null || "".equals(value)) {
      return List.of();
    }
    if (value instanceof String s) {
      return List.of(s); // a lone scalar: lenient, as other runners are
    }
    if (!(value instanceof List<?> list)) {
      throw new FrontmatterException("'" + key + "' must be a list");
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof String s)) {
        throw new FrontmatterException("'" + key + "' must hold strings");
      }
      out.add(s);
    }
    return out;
  }
}
