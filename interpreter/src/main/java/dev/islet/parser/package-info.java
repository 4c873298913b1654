/**
 * The ECMAScript parser: {@link dev.islet.parser.Parser} turns a {@link dev.islet.source.Source}
 * into a {@link dev.islet.ast.Program} or throws {@link dev.islet.parser.SyntaxErrorException} with
 * the first early error.
 *
 * <p>Layers extend each other, each owning one grammar area: {@code ParserBase} (tokens, positions,
 * context) → {@code PatternParser} (identifiers, binding patterns, cover-to-pattern conversion) →
 * {@code PrimaryParser} → {@code ExpressionParser} → {@code FunctionParser} → {@code ClassParser} →
 * {@code StatementParser} → {@code ProgramParser} (scripts, modules, CreateDynamicFunction).
 * {@code Scope} and {@code ClassScope} hold declared names and private names for the early errors.
 *
 * <p>What the tree guarantees to its consumers:
 * <ul>
 *   <li>Every early error of the spec has been checked (including RegExp literal patterns, through
 *       {@code dev.islet.regexp.RegExpSyntax}); a consumer need not re-validate.</li>
 *   <li>Private names used in a class body are declared by an enclosing class (or were passed in
 *       {@link dev.islet.parser.ParseOptions#privateNames()} for eval); resolve them lexically by
 *       name, innermost class first.</li>
 *   <li>Nesting is bounded by {@link dev.islet.parser.Parser#MAX_DEPTH}, except left-associative
 *       chains ({@code a+a+…}, member/call chains, sequences), which may be 100,000+ levels deep on
 *       the left: walk them iteratively.</li>
 * </ul>
 */
package dev.islet.parser;
