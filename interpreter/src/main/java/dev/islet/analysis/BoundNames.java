package dev.islet.analysis;

import dev.islet.ast.ArrayPattern;
import dev.islet.ast.AssignmentPattern;
import dev.islet.ast.AssignmentProperty;
import dev.islet.ast.Identifier;
import dev.islet.ast.ObjectPattern;
import dev.islet.ast.ObjectPatternMember;
import dev.islet.ast.Pattern;
import dev.islet.ast.RestElement;
import java.util.ArrayList;
import java.util.List;

/** Static Semantics: BoundNames — https://tc39.es/ecma262/#sec-static-semantics-boundnames. */
public final class BoundNames {
  private BoundNames() {}

  public static List<String> of(Pattern p) {
    List<String> out = new ArrayList<>(2);
    collect(p, out);
    return out;
  }

  private static void collect(Pattern p, List<String> out) {
    if (p == null) {
      return;
    }
    switch (p.type()) {
      case Identifier -> out.add(((Identifier) p).name());
      case AssignmentPattern -> collect(((AssignmentPattern) p).left(), out);
      case RestElement -> collect(((RestElement) p).argument(), out);
      case ArrayPattern -> {
        for (Pattern e : ((ArrayPattern) p).elements()) {
          collect(e, out);
        }
      }
      case ObjectPattern -> {
        for (ObjectPatternMember m : ((ObjectPattern) p).properties()) {
          if (m instanceof AssignmentProperty ap) {
            collect(ap.value(), out);
          } else {
            collect(((RestElement) m).argument(), out);
          }
        }
      }
      default -> {
        // MemberExpression targets bind nothing.
      }
    }
  }
}
