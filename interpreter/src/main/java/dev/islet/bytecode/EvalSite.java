package dev.islet.bytecode;

import java.util.Set;

/**
 * What a direct eval call site knows of its context, recorded by the compiler for CALL_EVAL: the
 * eval code is parsed with these permissions (new.target, super, private names) and resolves the
 * caller's variables, {@code this} and {@code new.target} by name.
 */
public record EvalSite(boolean strict, boolean inFunction, boolean inMethod, boolean inDerivedConstructor,
    boolean inFieldInitializer, boolean module, Set<String> privateNames) {}
