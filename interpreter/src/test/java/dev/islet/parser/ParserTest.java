package dev.islet.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.islet.ast.ArrowFunctionExpression;
import dev.islet.ast.AssignmentExpression;
import dev.islet.ast.BinaryExpression;
import dev.islet.ast.CallExpression;
import dev.islet.ast.ChainExpression;
import dev.islet.ast.ClassDeclaration;
import dev.islet.ast.ExpressionStatement;
import dev.islet.ast.ForOfStatement;
import dev.islet.ast.FunctionDeclaration;
import dev.islet.ast.FunctionExpression;
import dev.islet.ast.MemberExpression;
import dev.islet.ast.MethodDefinition;
import dev.islet.ast.ObjectExpression;
import dev.islet.ast.ObjectPattern;
import dev.islet.ast.Program;
import dev.islet.ast.Property;
import dev.islet.ast.RegExpLiteral;
import dev.islet.ast.TaggedTemplateExpression;
import dev.islet.ast.VariableDeclaration;
import dev.islet.ast.VariableKind;
import dev.islet.source.Source;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static Program script(String text) {
    return Parser.parseScript(new Source("t.js", text));
  }

  private static ExpressionStatement firstStatement(String text) {
    return (ExpressionStatement) script(text).body().get(0);
  }

  @Test
  void asiInsertsAtNewlinesAndRestrictedProductions() {
    assertThat(script("a\nb").body()).hasSize(2);
    assertThat(script("return1: { break return1\n}").body()).hasSize(1);
    Program p = script("function f() { return\n1 }");
    FunctionDeclaration f = (FunctionDeclaration) p.body().get(0);
    assertThat(f.body().body()).hasSize(2);
    assertThat(script("a\n++b").body()).hasSize(2);
    assertThatThrownBy(() -> script("a b")).isInstanceOf(SyntaxErrorException.class);
  }

  @Test
  void slashIsDivisionOrRegExpByContext() {
    assertThat(firstStatement("a / b / c").expression()).isInstanceOf(BinaryExpression.class);
    assertThat(firstStatement("/b/g").expression()).isInstanceOf(RegExpLiteral.class);
    CallExpression call = (CallExpression) firstStatement("f(/=/)").expression();
    assertThat(((RegExpLiteral) call.arguments().get(0)).pattern()).isEqualTo("=");
    assertThat(firstStatement("x = a\n/b/g").expression()).isInstanceOf(AssignmentExpression.class);
  }

  @Test
  void coverGrammarsBecomePatterns() {
    AssignmentExpression a = (AssignmentExpression) firstStatement("({a, b: [c = 1], ...d} = e)").expression();
    assertThat(a.left()).isInstanceOf(ObjectPattern.class);
    ArrowFunctionExpression arrow = (ArrowFunctionExpression) firstStatement("({a = 1}, [b], ...c) => a").expression();
    assertThat(arrow.params()).hasSize(3);
    assertThat(arrow.expression()).isTrue();
  }

  @Test
  void optionalChainsAreWrapped() {
    ChainExpression c = (ChainExpression) firstStatement("a?.b.c()").expression();
    assertThat(c.expression()).isInstanceOf(CallExpression.class);
    MemberExpression outer = (MemberExpression) firstStatement("(a?.b).c").expression();
    assertThat(outer.object()).isInstanceOf(ChainExpression.class);
  }

  @Test
  void taggedTemplatesMayHaveInvalidEscapes() {
    TaggedTemplateExpression t = (TaggedTemplateExpression) firstStatement("tag`\\unicode and \\u{55}`").expression();
    assertThat(t.quasi().quasis().get(0).cooked()).isNull();
    assertThat(t.quasi().quasis().get(0).raw()).isEqualTo("\\unicode and \\u{55}");
  }

  @Test
  void strictnessIsRecordedOnFunctionsAndPrograms() {
    Program p = script("function a() {} function b() { 'use strict'; function c() {} } class K { m() {} }");
    assertThat(p.strict()).isFalse();
    assertThat(((FunctionDeclaration) p.body().get(0)).strict()).isFalse();
    FunctionDeclaration b = (FunctionDeclaration) p.body().get(1);
    assertThat(b.strict()).isTrue();
    assertThat(((FunctionDeclaration) b.body().body().get(1)).strict()).isTrue();
    MethodDefinition m = (MethodDefinition) ((ClassDeclaration) p.body().get(2)).body().body().get(0);
    assertThat(m.value().strict()).isTrue();
    assertThat(script("'use strict'; x").strict()).isTrue();
    assertThat(((ExpressionStatement) script("'use strict'; x").body().get(0)).directive()).isEqualTo("use strict");
    assertThat(Parser.parseModule(new Source("m", "x")).strict()).isTrue();
  }

  @Test
  void functionLocCoversToStringSourceText() {
    String text = "class A { static async *gen() {} get x() { return 1; } }\nvar o = { set y(v) {}, async z() {} };";
    Program p = script(text);
    ClassDeclaration cls = (ClassDeclaration) p.body().get(0);
    FunctionExpression gen = ((MethodDefinition) cls.body().body().get(0)).value();
    assertThat(text.substring(gen.loc().start(), gen.loc().end())).isEqualTo("async *gen() {}");
    FunctionExpression getter = ((MethodDefinition) cls.body().body().get(1)).value();
    assertThat(text.substring(getter.loc().start(), getter.loc().end())).isEqualTo("get x() { return 1; }");
    ObjectExpression o = (ObjectExpression) ((VariableDeclaration) p.body().get(1)).declarations().get(0).init();
    FunctionExpression setter = (FunctionExpression) ((Property) o.properties().get(0)).value();
    assertThat(text.substring(setter.loc().start(), setter.loc().end())).isEqualTo("set y(v) {}");
    FunctionExpression z = (FunctionExpression) ((Property) o.properties().get(1)).value();
    assertThat(text.substring(z.loc().start(), z.loc().end())).isEqualTo("async z() {}");
    assertThat(text.substring(cls.loc().start(), cls.loc().end())).startsWith("class A {").endsWith("}");
  }

  @Test
  void positionsAreOneBasedLinesAndColumns() {
    Program p = script("\n\n  foo(\n    bar)");
    CallExpression call = (CallExpression) ((ExpressionStatement) p.body().get(0)).expression();
    assertThat(call.loc().line()).isEqualTo(3);
    assertThat(call.loc().column()).isEqualTo(3);
    assertThat(call.arguments().get(0).loc().line()).isEqualTo(4);
    assertThat(call.arguments().get(0).loc().column()).isEqualTo(5);
    SyntaxErrorException e = org.assertj.core.api.Assertions.catchThrowableOfType(SyntaxErrorException.class,
        () -> script("var a = 1;\nvar b = ;"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.offset()).isEqualTo(19);
    assertThat(e.getMessage()).isEqualTo("t.js:2:9: SyntaxError: Unexpected token ';'");
    assertThat(e.sourceLineWithCaret()).isEqualTo("var b = ;\n        ^");
  }

  @Test
  void usingDeclarationsHaveTheirKind() {
    Program p = Parser.parseModule(new Source("m", "using a = x; await using b = y; for (await using c of d);"));
    assertThat(((VariableDeclaration) p.body().get(0)).kind()).isEqualTo(VariableKind.USING);
    assertThat(((VariableDeclaration) p.body().get(1)).kind()).isEqualTo(VariableKind.AWAIT_USING);
    ForOfStatement f = (ForOfStatement) p.body().get(2);
    assertThat(f.await()).isFalse();
    assertThat(((VariableDeclaration) f.left()).kind()).isEqualTo(VariableKind.AWAIT_USING);
  }

  @Test
  void evalContextOptions() {
    Source s = new Source("eval", "new.target; super.x; this.#p;");
    assertThatThrownBy(() -> Parser.parse(s, ParseOptions.script())).isInstanceOf(SyntaxErrorException.class);
    ParseOptions inMethod = ParseOptions.script().withAllowNewTarget(true).withAllowSuperProperty(true)
        .withPrivateNames(Set.of("p"));
    assertThat(Parser.parse(s, inMethod).body()).hasSize(3);
    Source sup = new Source("eval", "super();");
    assertThat(Parser.parse(sup, ParseOptions.script().withAllowSuperCall(true)).body()).hasSize(1);
    Source args = new Source("eval", "arguments");
    assertThatThrownBy(() -> Parser.parse(args, ParseOptions.script().withInClassFieldInitializer(true)))
        .hasMessageContaining("arguments");
    assertThat(Parser.parse(new Source("eval", "with (a) {}"), ParseOptions.script().withStrict(false)).strict()).isFalse();
    assertThatThrownBy(() -> Parser.parse(new Source("eval", "with (a) {}"), ParseOptions.script().withStrict(true)))
        .isInstanceOf(SyntaxErrorException.class);
  }

  @Test
  void dynamicFunctionsCheckParametersAndBodyApart() {
    String text = Parser.dynamicFunctionSource(Parser.FunctionKind.NORMAL, "a, b", "return a + b");
    FunctionExpression f = Parser.parseDynamicFunction(new Source("anonymous", text), Parser.FunctionKind.NORMAL, "a, b", "return a + b");
    assertThat(f.params()).hasSize(2);
    assertThat(f.loc().start()).isZero();
    assertThat(f.loc().end()).isEqualTo(text.length());
    assertThatThrownBy(() -> Parser.parseDynamicFunction(new Source("anonymous", ""), Parser.FunctionKind.NORMAL, "/*", "*/){"))
        .isInstanceOf(SyntaxErrorException.class);
    assertThatThrownBy(() -> Parser.parseDynamicFunction(new Source("anonymous", ""), Parser.FunctionKind.NORMAL, "a = 1", "'use strict'"))
        .isInstanceOf(SyntaxErrorException.class);
    FunctionExpression g = Parser.parseDynamicFunction(new Source("anonymous", ""), Parser.FunctionKind.ASYNC_GENERATOR, "x", "yield await x");
    assertThat(g.async()).isTrue();
    assertThat(g.generator()).isTrue();
    assertThatThrownBy(() -> Parser.parseDynamicFunction(new Source("anonymous", ""), Parser.FunctionKind.NORMAL, "", "yield 1"))
        .isInstanceOf(SyntaxErrorException.class);
  }

  @Test
  void deepNestingEndsInSyntaxError() throws Exception {
    String[] deep = {
      "(".repeat(100_000) + "1" + ")".repeat(100_000),
      "[".repeat(100_000) + "]".repeat(100_000),
      "function f(){".repeat(10_000) + "}".repeat(10_000),
      "x = " + "{a:".repeat(10_000) + "1" + "}".repeat(10_000),
      "a=".repeat(100_000) + "1",
      "!".repeat(100_000) + "1",
    };
    for (String text : deep) {
      String[] result = new String[1];
      Thread t = new Thread(null, () -> {
        try {
          script(text);
          result[0] = "parsed";
        } catch (SyntaxErrorException e) {
          result[0] = e.rawMessage();
        } catch (Throwable e) {
          result[0] = e.toString();
        }
      }, "deep", 512 * 1024);
      t.start();
      t.join();
      assertThat(result[0]).isEqualTo("Code is too deeply nested");
    }
    assertThat(script("x = " + "a+".repeat(100_000) + "a").body()).hasSize(1);
    assertThat(script("a" + ".b".repeat(100_000)).body()).hasSize(1);
    assertThat(script("if (a) b;" + " else if (c) d;".repeat(10_000) + " else e;").body()).hasSize(1);
    String nested = "(".repeat(Parser.MAX_DEPTH / 2 - 5) + "1" + ")".repeat(Parser.MAX_DEPTH / 2 - 5);
    assertThat(script(nested).body()).hasSize(1);
  }
}
