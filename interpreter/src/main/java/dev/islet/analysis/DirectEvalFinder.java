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
public final class DirectEvalFinder {
  private DirectEvalFinder() {}

  /** True if some node outside nested functions and class bodies matches {@code test}. */
  public static boolean containsOutsideFunctions(Node root, java.util.function.Predicate<Node> test) {
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n != root && (n instanceof FunctionNode || n instanceof ClassBody)) {
        continue;
      }
      if (test.test(n)) {
        return true;
      }
      AstWalker.children(n, child -> {
        stack.push(child);
        return true;
      });
    }
    return false;
  }

  static boolean contains(Node root) {
    if (root == null) {
      return false;
    }
    // An explicit stack: long left-nested chains must not recurse on the Java stack.
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    boolean[] found = {false};
    while (!stack.isEmpty() && !found[0]) {
      Node n = stack.pop();
      if (n != root && (n instanceof FunctionNode || n instanceof ClassBody)) {
        continue;
      }
      if (n instanceof CallExpression c && !c.optional() && c.callee() instanceof Identifier id && id.name().equals("eval")) {
        return true;
      }
      AstWalker.children(n, child -> {
        stack.push(child);
        return true;
      });
    }
    return found[0];
  }
}
