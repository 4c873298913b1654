package dev.islet.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Validates a RegularExpressionLiteral's pattern (https://tc39.es/ecma262/#sec-primary-expression-regular-expression-literals-static-semantics-early-errors)
 * through {@code dev.islet.regexp.RegExpSyntax.validate(pattern, flags)}, the RegExp engine's
 * pattern parser. Flags were already checked by the lexer.
 */
final class RegExpValidation {
  private RegExpValidation() {}

  // TODO(conform): call dev.islet.regexp.RegExpSyntax.validate directly once it is on main; until then
  // it is looked up once, and patterns are accepted unchecked when it is absent.
  private static final MethodHandle VALIDATE = find();

  private static MethodHandle find() {
    try {
      Class<?> c = Class.forName("dev.islet.regexp.RegExpSyntax");
      return MethodHandles.publicLookup().findStatic(c, "validate",
          MethodType.methodType(String.class, String.class, String.class));
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** Null when the pattern is valid for the flags, else a message. */
  static String validate(String pattern, String flags) {
    if (VALIDATE == null) {
      return null;
    }
    try {
      return (String) VALIDATE.invokeExact(pattern, flags);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
