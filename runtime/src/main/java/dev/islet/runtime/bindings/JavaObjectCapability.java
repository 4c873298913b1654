package dev.islet.runtime.bindings;

import dev.islet.api.Outcome;
import dev.islet.runtime.loader.WorkerException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A Java object bound into a worker: only its public methods marked {@link Exposed} are callable; their
 * arguments and results cross as JSON-like values ({@link JavaValues}). The method runs on the calling
 * isolate's thread, so it should be quick or return a CompletionStage.
 */
public final class JavaObjectCapability implements Capability {
  /** The exposed methods of each class, found once (ClassValue lets the class unload with its entry). */
  private static final ClassValue<Map<String, Method>> EXPOSED = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> k) {
      Map<String, Method> out = new HashMap<>();
      for (Method m : k.getMethods()) {
        Exposed e = m.getAnnotation(Exposed.class);
        if (e != null && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
          out.put(e.value().isEmpty() ? m.getName() : e.value(), m);
        }
      }
      return Map.copyOf(out);
    }
  };

  private final Object target;
  private final Map<String, Method> methods;

  public JavaObjectCapability(Object target) {
    this.target = target;
    this.methods = exposed(target.getClass());
  }

  /** The names of the methods JS may call. */
  public java.util.Set<String> methodNames() {
    return methods.keySet();
  }

  static boolean hasExposedMethods(Class<?> c) {
    return !exposed(c).isEmpty();
  }

  private static Map<String, Method> exposed(Class<?> c) {
    return EXPOSED.get(c);
  }

  @Override
  public CompletableFuture<Object> call(List<String> path, List<Object> args) {
    Method m = path.size() == 1 ? methods.get(path.get(0)) : null;
    if (m == null) {
      return fail("TypeError", "The RPC receiver does not implement the method \"" + String.join(".", path) + "\".");
    }
    Object[] javaArgs = new Object[m.getParameterCount()];
    Class<?>[] types = m.getParameterTypes();
    try {
      for (int i = 0; i < javaArgs.length; i++) {
        javaArgs[i] = adapt(i < args.size() ? JavaValues.toJava(args.get(i)) : null, types[i]);
      }
    } catch (IllegalArgumentException e) {
      return fail("TypeError", e.getMessage());
    }
    Object result;
    try {
      if (!m.canAccess(target)) {
        m.setAccessible(true);
      }
      result = m.invoke(target, javaArgs);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      return fail("Error", cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    } catch (IllegalAccessException | RuntimeException e) {
      return fail("Error", "The method \"" + path.get(0) + "\" could not be called: " + e.getMessage());
    }
    if (result instanceof CompletionStage<?> stage) {
      return stage.toCompletableFuture().handle((v, e) -> {
        if (e != null) {
          Throwable c = e.getCause() != null ? e.getCause() : e;
          throw new WorkerException(Outcome.EXCEPTION, "Error", String.valueOf(c.getMessage()), "");
        }
        return JavaValues.toCloned(v);
      });
    }
    if (m.getReturnType() == void.class) {
      return CompletableFuture.completedFuture(Cloned.UNDEFINED);
    }
    try {
      return CompletableFuture.completedFuture(JavaValues.toCloned(result));
    } catch (IllegalArgumentException e) {
      return fail("TypeError", e.getMessage());
    }
  }

  /** A JS argument for a parameter of type {@code t}: numbers narrowed to the parameter's type. */
  private static Object adapt(Object v, Class<?> t) {
    if (v instanceof Double d) {
      if (t == int.class || t == Integer.class) {
        return d.intValue();
      }
      if (t == long.class || t == Long.class) {
        return d.longValue();
      }
      if (t == float.class || t == Float.class) {
        return d.floatValue();
      }
    }
    if (v == null && t.isPrimitive()) {
      throw new IllegalArgumentException("a " + t.getName() + " argument is missing");
    }
    if (v != null && !t.isPrimitive() && !t.isInstance(v)) {
      throw new IllegalArgumentException("expected " + t.getSimpleName() + ", got " + v.getClass().getSimpleName());
    }
    return v;
  }

  @Override
  public CompletableFuture<Object> get(List<String> path) {
    return CompletableFuture.completedFuture(Cloned.UNDEFINED);
  }

  private static CompletableFuture<Object> fail(String name, String message) {
    return CompletableFuture.failedFuture(new WorkerException(Outcome.EXCEPTION, name, message, ""));
  }
}
