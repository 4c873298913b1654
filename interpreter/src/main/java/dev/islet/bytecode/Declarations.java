package dev.islet.bytecode;

/**
 * The top-level declarations of a script or eval body, for GlobalDeclarationInstantiation and
 * EvalDeclarationInstantiation: var names, function declarations (hoisted and created first),
 * lexical names (with whether each is const), and the Annex B.3.2 block functions that may also
 * become vars.
 */
public record Declarations(String[] varNames, String[] functionNames, FunctionTemplate[] functions,
    String[] lexicalNames, boolean[] lexicalConst, String[] annexBFunctionNames) {}
