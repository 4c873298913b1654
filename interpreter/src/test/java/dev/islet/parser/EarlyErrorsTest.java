package dev.islet.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.islet.source.Source;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per early-error family (https://tc39.es/ecma262/ "Static Semantics: Early Errors"), each with a valid twin. */
class EarlyErrorsTest {
  static Stream<Arguments> errors() {
    return Stream.of(
        // declarations
        Arguments.of("script", "let a; let a;", "has already been declared"),
        Arguments.of("script", "let a; var a;", "has already been declared"),
        Arguments.of("script", "{ var a; let a; }", "has already been declared"),
        Arguments.of("script", "function f(a) { let a; }", "has already been declared"),
        Arguments.of("script", "try {} catch (e) { let e; }", "has already been declared"),
        Arguments.of("script", "try {} catch ([e]) { var e; }", "has already been declared"),
        Arguments.of("script", "for (let x of []) { var x; }", "has already been declared"),
        Arguments.of("script", "switch (0) { case 1: let a; case 2: let a; }", "has already been declared"),
        Arguments.of("script", "'use strict'; { function f() {} function f() {} }", "has already been declared"),
        Arguments.of("script", "{ async function f() {} function f() {} }", "has already been declared"),
        Arguments.of("module", "function f() {} var f;", "has already been declared"),
        Arguments.of("script", "let let = 1;", "let is disallowed"),
        Arguments.of("script", "const a;", "Missing initializer"),
        Arguments.of("script", "let [a];", "Missing initializer"),
        // assignment targets
        Arguments.of("script", "1 = 2;", "Invalid left-hand side"),
        Arguments.of("script", "a + b = c;", "Invalid left-hand side"),
        Arguments.of("script", "({a}) = 1;", "Invalid left-hand side"),
        Arguments.of("script", "[a + b] = c;", "Invalid destructuring assignment target"),
        Arguments.of("script", "a?.b = 1;", "Invalid left-hand side"),
        Arguments.of("script", "'use strict'; f() = 1;", "Invalid left-hand side"),
        Arguments.of("script", "a &&= f();  f() &&= 1;", "Invalid left-hand side"),
        Arguments.of("script", "++a.b++;", "Invalid left-hand side"),
        Arguments.of("script", "({a = 1});", "Invalid shorthand property initializer"),
        Arguments.of("script", "[...a, ] = b;", "Rest element must be last"),
        // labels, break, continue, return
        Arguments.of("script", "a: a: ;", "has already been declared"),
        Arguments.of("script", "break;", "Illegal break"),
        Arguments.of("script", "a: { continue a; }", "does not denote an iteration statement"),
        Arguments.of("script", "while (1) { break b; }", "Undefined label"),
        Arguments.of("script", "x: while (1) { (function () { break x; }); }", "Undefined label"),
        Arguments.of("script", "return;", "Illegal return"),
        // strict mode
        Arguments.of("script", "'use strict'; with (a) {}", "with statement"),
        Arguments.of("script", "'use strict'; 010;", "Octal literals"),
        Arguments.of("script", "'use strict'; 08;", "Decimals with leading zeros"),
        Arguments.of("script", "'use strict'; '\\01';", "Octal escape"),
        Arguments.of("script", "function f() { '\\01'; 'use strict'; }", "Octal escape"),
        Arguments.of("script", "'use strict'; var eval;", "eval or arguments"),
        Arguments.of("script", "'use strict'; arguments = 1;", "eval or arguments"),
        Arguments.of("script", "'use strict'; delete x;", "Delete of an unqualified identifier"),
        Arguments.of("script", "'use strict'; var public;", "strict mode reserved word"),
        Arguments.of("script", "function eval() { 'use strict'; }", "eval or arguments"),
        Arguments.of("script", "function f(a, a) { 'use strict'; }", "Duplicate parameter"),
        Arguments.of("script", "function f(a = 1) { 'use strict'; }", "non-simple parameter list"),
        Arguments.of("script", "(a, a) => 1;", "Duplicate parameter"),
        Arguments.of("script", "'use strict'; if (1) function f() {}", "functions can only be declared"),
        Arguments.of("script", "while (1) function f() {}", "functions can only be declared"),
        Arguments.of("script", "if (1) l: function f() {}", "Labelled function"),
        // object literals, classes, private names
        Arguments.of("script", "({__proto__: 1, __proto__: 2});", "Duplicate __proto__"),
        Arguments.of("script", "class A { constructor() {} constructor() {} }", "only have one constructor"),
        Arguments.of("script", "class A { get constructor() {} }", "may not be an accessor"),
        Arguments.of("script", "class A { static prototype() {} }", "static property named 'prototype'"),
        Arguments.of("script", "class A { constructor = 1 }", "field named 'constructor'"),
        Arguments.of("script", "class A { #a; #a; }", "has already been declared"),
        Arguments.of("script", "class A { #constructor }", "#constructor"),
        Arguments.of("script", "class A { m() { this.#b; } }", "must be declared in an enclosing class"),
        Arguments.of("script", "class A { #a; m() { delete this.#a; } }", "Private fields can not be deleted"),
        Arguments.of("script", "class A { x = arguments; }", "'arguments' is not allowed"),
        Arguments.of("script", "class A { static { arguments; } }", "'arguments' is not allowed"),
        Arguments.of("script", "class A { constructor() { super(); } }", "'super' keyword unexpected"),
        Arguments.of("script", "function f() { super.x; }", "'super' keyword unexpected"),
        Arguments.of("script", "new.target;", "new.target"),
        Arguments.of("script", "({ get a(x) {} });", "Getter must not have any formal parameters"),
        Arguments.of("script", "({ set a() {} });", "Setter must have exactly one"),
        // yield and await
        Arguments.of("script", "function* g() { var yield; }", "yield"),
        Arguments.of("script", "function* g(a = yield) {}", "Yield expression not allowed in formal parameter"),
        Arguments.of("script", "async function f() { var await; }", "await"),
        Arguments.of("script", "async function f(a = await 1) {}", "await"),
        Arguments.of("script", "async (await) => 1;", "await"),
        Arguments.of("script", "function* g() { (a = yield) => 1; }", "Yield expression not allowed"),
        Arguments.of("module", "var await;", "await"),
        Arguments.of("script", "class A { static { await; } }", "await"),
        Arguments.of("script", "await 1;", "Unexpected"),
        // operators
        Arguments.of("script", "-a ** 2;", "Unary operator used immediately before exponentiation"),
        Arguments.of("script", "a ?? b || c;", "Cannot mix ??"),
        Arguments.of("script", "a?.b`c`;", "Invalid tagged template on optional chain"),
        Arguments.of("script", "new a?.b();", "Invalid optional chain from new expression"),
        Arguments.of("script", "`\\unicode`;", "Invalid Unicode escape sequence"),
        Arguments.of("script", "/(/;", "Invalid regular expression"),
        Arguments.of("script", "/a/gg;", "Invalid regular expression flags"),
        Arguments.of("script", "\\u0069f (1);", "Keyword must not contain escaped characters"),
        Arguments.of("script", "for (let of x);", "Unexpected"),
        Arguments.of("script", "for (async of []);", "Unexpected"),
        Arguments.of("script", "for ((async) of []); for (async of []);", "Unexpected"),
        Arguments.of("script", "for (var i = 0 of []);", "may not have an initializer"),
        Arguments.of("script", "throw\n1;", "Illegal newline after throw"),
        // modules
        Arguments.of("module", "export { x };", "is not defined in module"),
        Arguments.of("module", "var a; export { a, a };", "Duplicate export"),
        Arguments.of("module", "export default 1; export default 2;", "Duplicate export"),
        Arguments.of("module", "export { if };", "reserved word"),
        Arguments.of("module", "import { a } from 'm'; let a;", "has already been declared"),
        Arguments.of("module", "import x from 'm' with { type: 'json', type: 'json' };", "duplicate key"),
        Arguments.of("module", "<!-- comment", "Unexpected"),
        Arguments.of("module", "import a * as b from 'm';", "expected 'from'"),
        Arguments.of("module", "{ import x from 'm'; }", "Unexpected token 'import'"),
        Arguments.of("script", "import x from 'm';", "Cannot use import statement outside a module"),
        Arguments.of("script", "import.meta;", "import.meta"),
        Arguments.of("script", "using x = null;", "top level of a script"),
        Arguments.of("script", "{ using x; }", "Missing initializer"),
        Arguments.of("script", "async function f() { for (await using x in y); }", "for-in"),
        Arguments.of("script", "function f() { await using x = y; }", "Unexpected"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("errors")
  void reportsEarlyError(String goal, String text, String message) {
    SyntaxErrorException e = catchThrowableOfType(SyntaxErrorException.class, () -> parse(goal, text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.rawMessage()).contains(message);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("script", "var a; var a; function f() {} var f;"),
        Arguments.of("script", "{ function f() {} function f() {} }"),
        Arguments.of("script", "try {} catch (e) { var e; for (var e of []); }"),
        Arguments.of("script", "f() = 1; f()++; for (f() in x);"),
        Arguments.of("script", "[a.b, ...c[d]] = e; ({a: b.c, ...d} = e); (a) = 1; [(a)] = 1;"),
        Arguments.of("script", "({a = 1} = b); [{a = 1}] = c; ({a = 1}) => 1;"),
        Arguments.of("script", "a: while (1) { b: for (;;) { continue a; } }"),
        Arguments.of("script", "if (1) function f() {} else function g() {} l: function h() {}"),
        Arguments.of("script", "var yield, await, let, static, async, of, get, set; yield: 1;"),
        Arguments.of("script", "function f() { 'use strict'; } 010; '\\01';"),
        Arguments.of("script", "class A extends B { #a; constructor() { super(); super.x; #a in this; } static { this.#a; } }"),
        Arguments.of("script", "class A { get #x() {} set #x(v) {} static async *[Symbol.iterator]() {} 'constructor'() {} }"),
        Arguments.of("script", "(-a) ** 2; (a ?? b) || c; a ?? (b && c); a?.b(); a?.[0]?.(1);"),
        Arguments.of("script", "a = b\n/hi/g.exec(c).map(d);"),
        Arguments.of("script", "x = a / b / c; x = /=/g; x = a\n++b; tag`\\unicode`;"),
        Arguments.of("script", "async function f() { for await (x of y); await using r = null; for (await using q of z); }"),
        Arguments.of("script", "{ using x = null, y = a; } for (using x of y);"),
        Arguments.of("script", "async () => { await 1; }; async x => x; async (a, ...b) => a; async(1, 2);"),
        Arguments.of("script", "function* g() { yield; yield* a; yield\n1; }"),
        Arguments.of("script", "do ; while (0) x;"),
        Arguments.of("script", "<!-- html comment\n--> also a comment\n"),
        Arguments.of("script", "#!/usr/bin/env node\n1;"),
        Arguments.of("module", "import a, * as b from 'm'; import { default as c, 'x y' as d } from 'm' with { type: 'json' };"
            + " export * as 'e f' from 'm'; export { a as default, b as 'g' }; await 1; import.meta.url;"),
        Arguments.of("module", "export default async function () {} export const x = 1; export class K {}"),
        Arguments.of("script", "a\n++\nb"),
        Arguments.of("script", "let \n x = 1; var l = let\nx"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("valid")
  void acceptsValidTwin(String goal, String text) {
    assertThatCode(() -> parse(goal, text)).as(text).doesNotThrowAnyException();
  }

  private static void parse(String goal, String text) {
    if (goal.equals("module")) {
      Parser.parseModule(new Source("t", text));
    } else {
      Parser.parseScript(new Source("t", text));
    }
  }

}
