package dev.islet.ast;

/** A class declaration or expression; {@code loc} covers the class source text (its toString). */
public sealed interface ClassNode extends Node permits ClassDeclaration, ClassExpression {
  Identifier id();

  Expression superClass();

  ClassBody body();
}
