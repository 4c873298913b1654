package dev.islet.analysis;

import dev.islet.ast.CallExpression;
import dev.islet.ast.ClassBody;
import dev.islet.ast.FunctionNode;
import dev.islet.ast.Identifier;
import dev.islet.ast.Node;

/**
 * Finds a direct eval call ({@code eval(...)} with the plain identifier as callee) in a function's
 * own code: not in nested functions (arrows included: a sloppy eval in an arrow adds vars to the
 * arrow's own scope) nor in class bodies (their methods and fields are functions of their own).
 */
final class DirectEvalFinder {
  private DirectEvalFinder() {}

  static boolean contains(Node root) {
    if (root == null) {
      return false;
    }
    boolean[] found = {false};
    visit(root, found, true);
    return found[0];
  }

  private static void visit(Node n, boolean[] found, boolean isRoot) {
    if (found[0]) {
      return;
    }
    if (!isRoot && (n instanceof FunctionNode || n instanceof ClassBody)) {
      return;
    }
    if (n instanceof CallExpression c && !c.optional() && c.callee() instanceof Identifier id && id.name().equals("eval")) {
      found[0] = true;
      return;
    }
    AstWalker.children(n, child -> {
      visit(child, found, false);
      return !found[0];
    });
  }
}
