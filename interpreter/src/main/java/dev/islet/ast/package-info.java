/**
 * The abstract syntax tree: immutable records under sealed interfaces, produced by
 * {@code dev.islet.parser.Parser}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Node and field names mirror ESTree (es5 … es2025 + finished proposals) wherever ESTree has
 *       them; {@link dev.islet.ast.Node#type()} gives a {@link dev.islet.ast.NodeType} whose
 *       {@code estree()} is the ESTree {@code type}. We are more typed than ESTree: operators are
 *       enums, literals are one record per kind ({@code StringLiteral}, {@code NumberLiteral},
 *       {@code BigIntLiteral}, {@code BooleanLiteral}, {@code NullLiteral}, {@code RegExpLiteral}, all
 *       ESTree {@code Literal}), object-pattern properties are {@code AssignmentProperty} (ESTree
 *       {@code Property}), ESTree {@code static} is {@code isStatic}, and a {@code TemplateElement}
 *       holds {@code cooked}/{@code raw} directly instead of in {@code value}. {@code EstreeJson} maps
 *       all of that back.</li>
 *   <li>Every node's first component is {@link dev.islet.ast.Loc}: UTF-16 offsets {@code start}/
 *       {@code end} into the source text, and the 1-based {@code line}/{@code column} of start.</li>
 *   <li>Literals keep no {@code raw}: it is the source text between {@code loc.start()} and
 *       {@code loc.end()}.</li>
 *   <li>Cover grammars are resolved: no cover node reaches the tree. Arrow parameters and
 *       destructuring-assignment targets are {@link dev.islet.ast.Pattern}s; parentheses are not
 *       represented ({@code (a, b)} is a SequenceExpression, {@code (f)} is just {@code f}).</li>
 *   <li>Every {@link dev.islet.ast.FunctionNode} and {@link dev.islet.ast.Program} carries
 *       {@code strict} (after directive prologues; class bodies and modules are strict). A function's
 *       {@code loc} covers exactly what {@code Function.prototype.toString} returns: for methods,
 *       getters and setters it starts at the first token of the MethodDefinition ({@code get},
 *       {@code set}, {@code async}, {@code *} or the name) and excludes {@code static}; a class
 *       constructor's source text is its class's {@code loc}.</li>
 *   <li>Directive prologue statements are {@code ExpressionStatement}s with a non-null
 *       {@code directive} (the raw string text without quotes).</li>
 *   <li>{@code Identifier.name} has unicode escapes decoded; {@code PrivateIdentifier.name} has no
 *       {@code #}.</li>
 *   <li>Lists are unmodifiable and never null; an optional child is null when absent. Array holes
 *       are null elements.</li>
 *   <li>Optional chains: the whole chain is one {@code ChainExpression} whose inner
 *       MemberExpressions/CallExpressions carry {@code optional} where {@code ?.} was written; a
 *       short-circuit ends the whole chain. Parentheses end a chain: {@code (a?.b).c} is a
 *       MemberExpression over a ChainExpression.</li>
 *   <li>{@code using} and {@code await using} declarations are {@code VariableDeclaration}s with
 *       {@code VariableKind.USING}/{@code AWAIT_USING} (identifiers only, always initialized except as
 *       a for-of head).</li>
 *   <li>Annex B: in sloppy code a {@code CallExpression} may stand as a simple assignment target
 *       ({@code f() = 1}, {@code f()++}, {@code for (f() in o)}); it is a Pattern for that reason and
 *       must evaluate the call, then throw a ReferenceError. Sloppy-mode function declarations may be
 *       the direct body of an {@code IfStatement} or a {@code LabeledStatement}.</li>
 *   <li>Class field initializers ({@code PropertyDefinition.value}) and {@code StaticBlock} bodies
 *       are, for scoping, bodies of their own method-like functions ({@code this}, {@code super.x},
 *       {@code new.target} allowed; {@code arguments} was rejected by the parser).</li>
 * </ul>
 */
package dev.islet.ast;
