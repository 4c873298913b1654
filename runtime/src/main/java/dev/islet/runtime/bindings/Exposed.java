package dev.islet.runtime.bindings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a Java object bound into a worker's {@code env} as callable from JS:
 * {@code env.DB.query("…")} calls the {@code @Exposed} method {@code query}. Nothing else of the object
 * (fields, other methods, its class) is reachable. Arguments arrive as JSON-like Java values (String,
 * Double, Boolean, null, List, Map, byte[]); the result goes back the same way, and a
 * {@link java.util.concurrent.CompletionStage} result becomes a promise. An exception the method throws
 * rejects the call with an Error carrying its message.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Exposed {
  /** The name JS calls it by (default: the method's own name). */
  String value() default "";
}
