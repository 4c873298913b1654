package dev.islet.parser;

import java.util.Set;

/**
 * How to parse: the goal symbol, the initial strictness, and — for direct eval code — the context
 * the code inherits from the function around the eval call
 * (https://tc39.es/ecma262/#sec-performeval: inFunction, inMethod, inDerivedConstructor,
 * inClassFieldInitializer, and the private names of the enclosing classes).
 *
 * <p>Build with {@link #script()} or {@link #module()} and the {@code with…} methods.
 *
 * @param goal Script or Module
 * @param strict the code starts strict (direct eval from strict code; modules are always strict)
 * @param allowNewTarget {@code new.target} is allowed (eval inside a non-arrow function)
 * @param allowSuperProperty {@code super.x} is allowed (eval inside a method)
 * @param allowSuperCall {@code super()} is allowed (eval inside a derived constructor)
 * @param inClassFieldInitializer eval inside a class field initializer: {@code arguments} is an error
 * @param privateNames the private names (without {@code #}) declared by the enclosing classes
 */
public record ParseOptions(
    Goal goal,
    boolean strict,
    boolean allowNewTarget,
    boolean allowSuperProperty,
    boolean allowSuperCall,
    boolean inClassFieldInitializer,
    Set<String> privateNames) {

  /** The goal symbol. */
  public enum Goal {
    SCRIPT,
    MODULE
  }

  public ParseOptions {
    if (goal == null) {
      throw new IllegalArgumentException("goal");
    }
    privateNames = privateNames == null ? Set.of() : Set.copyOf(privateNames);
  }

  public static ParseOptions script() {
    return new ParseOptions(Goal.SCRIPT, false, false, false, false, false, Set.of());
  }

  public static ParseOptions module() {
    return new ParseOptions(Goal.MODULE, true, false, false, false, false, Set.of());
  }

  public ParseOptions withStrict(boolean value) {
    return new ParseOptions(goal, value, allowNewTarget, allowSuperProperty, allowSuperCall, inClassFieldInitializer, privateNames);
  }

  public ParseOptions withAllowNewTarget(boolean value) {
    return new ParseOptions(goal, strict, value, allowSuperProperty, allowSuperCall, inClassFieldInitializer, privateNames);
  }

  public ParseOptions withAllowSuperProperty(boolean value) {
    return new ParseOptions(goal, strict, allowNewTarget, value, allowSuperCall, inClassFieldInitializer, privateNames);
  }

  public ParseOptions withAllowSuperCall(boolean value) {
    return new ParseOptions(goal, strict, allowNewTarget, allowSuperProperty, value, inClassFieldInitializer, privateNames);
  }

  public ParseOptions withInClassFieldInitializer(boolean value) {
    return new ParseOptions(goal, strict, allowNewTarget, allowSuperProperty, allowSuperCall, value, privateNames);
  }

  public ParseOptions withPrivateNames(Set<String> value) {
    return new ParseOptions(goal, strict, allowNewTarget, allowSuperProperty, allowSuperCall, inClassFieldInitializer, value);
  }

  public boolean isModule() {
    return goal == Goal.MODULE;
  }
}
