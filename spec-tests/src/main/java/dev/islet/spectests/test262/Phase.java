package dev.islet.spectests.test262;

/**
 * The stages of interpreting a test, in order, as named by a negative test's {@code phase}
 * (INTERPRETING.md, "negative").
 */
public enum Phase {
  /** Parsing and early errors. */
  PARSE("parse"),
  /** Module linking: resolving imports and exports. */
  RESOLUTION("resolution"),
  /** Evaluation. */
  RUNTIME("runtime");

  private final String yamlName;

  Phase(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name used in frontmatter and reports. */
  public String yamlName() {
    return yamlName;
  }

  /** The phase named {@code name} in frontmatter. */
  public static Phase of(String name) {
    for (Phase p : values()) {
      if (p.yamlName.equals(name)) {
        return p;
      }
    }
    throw new FrontmatterException("unknown negative phase '" + name + "'");
  }
}
