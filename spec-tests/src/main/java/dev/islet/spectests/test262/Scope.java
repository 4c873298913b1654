package dev.islet.spectests.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which tests count. Every standard feature counts; a test that names a stage-3 proposal
 * (the "Proposed language features" section of {@code features.txt}) or Intl (ECMA-402: an
 * {@code intl402} folder or an {@code Intl…} feature) is left out of the percentages and reported
 * as skipped with its reason. Nothing else is ever skipped.
 */
public final class Scope {
  private final Set<String> proposals;

  public Scope(Set<String> proposals) {
    this.proposals = Set.copyOf(proposals);
  }

  /** Reads {@code features.txt} under a test262 root; a root without one has no proposals. */
  public static Scope load(Path root) {
    Path file = root.resolve("features.txt");
    if (!Files.isRegularFile(file)) {
      return new Scope(Set.of());
    }
    try {
      return new Scope(proposalFeatures(Files.readAllLines(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The features listed under a section whose heading says "Proposed". Section headings are the
   * {@code ## … features} lines; other {@code #} lines (including {@code ## https://…} notes inside a
   * proposal's entry) are comments.
   */
  static Set<String> proposalFeatures(List<String> lines) {
    Set<String> out = new HashSet<>();
    boolean inProposals = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+", "").strip().toLowerCase(Locale.ROOT);
        if (line.startsWith("## ") && heading.endsWith("features")) {
          inProposals = heading.contains("proposed");
        }
        continue;
      }
      int hash = line.indexOf('#');
      String feature = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (inProposals && !feature.isEmpty()) {
        out.add(feature);
      }
    }
    return out;
  }

  public boolean isProposal(String feature) {
    return proposals.contains(feature);
  }

  /**
   * Why a test is left out of the percentages ({@code "proposal: decorators"}, {@code "Intl"}), or
   * null when it counts.
   */
  public String skipReason(String relativePath, Frontmatter meta) {
    String path = "/" + relativePath.replace('\\', '/');
    if (path.contains("/intl402/")) {
      return "Intl";
    }
    for (String feature : meta.features()) {
      if (proposals.contains(feature)) {
        return "proposal: " + feature;
      }
    }
    for (String feature : meta.features()) {
      if (feature.regionMatches(true, 0, "intl", 0, 4)) {
        return "Intl";
      }
    }
    return null;
  }
}
