package dev.islet.analysis;

import dev.islet.ast.Node;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Visits the children of any AST node generically, through the record components (cached
 * accessors). For the few whole-subtree questions (does this body contain a direct eval?) where a
 * hand-written visitor per node type would only repeat the AST's structure.
 */
final class AstWalker {
  private static final ConcurrentHashMap<Class<?>, MethodHandle[]> ACCESSORS = new ConcurrentHashMap<>();

  private AstWalker() {}

  /** Calls {@code visit} for each direct child node (in lists too), in component order. */
  static void children(Node node, java.util.function.Predicate<Node> visit) {
    for (MethodHandle h : accessors(node.getClass())) {
      Object v;
      try {
        v = h.invoke(node);
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
      if (v instanceof Node child) {
        if (!visit.test(child)) {
          return;
        }
      } else if (v instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Node child && !visit.test(child)) {
            return;
          }
        }
      }
    }
  }

  private static MethodHandle[] accessors(Class<?> c) {
    return ACCESSORS.computeIfAbsent(c, k -> {
      RecordComponent[] rc = k.getRecordComponents();
      if (rc == null) {
        return new MethodHandle[0];
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      java.util.ArrayList<MethodHandle> hs = new java.util.ArrayList<>();
      for (RecordComponent r : rc) {
        Class<?> t = r.getType();
        if (Node.class.isAssignableFrom(t) || List.class.isAssignableFrom(t)) {
          try {
            hs.add(lookup.unreflect(r.getAccessor()));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return hs.toArray(new MethodHandle[0]);
    });
  }
}
