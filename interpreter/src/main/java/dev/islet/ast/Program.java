package dev.islet.ast;

import java.util.List;

/** The root. {@code strict}: the whole code is strict (module, or a "use strict" directive, or strict by its {@code ParseOptions}). */
public record Program(Loc loc, SourceType sourceType, List<ModuleItem> body, boolean strict) implements Node {
  @Override
  public NodeType type() {
    return NodeType.Program;
  }
}
