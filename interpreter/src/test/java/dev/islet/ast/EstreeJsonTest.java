package dev.islet.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.parser.Parser;
import dev.islet.source.Source;
import org.junit.jupiter.api.Test;

class EstreeJsonTest {
  private static String json(String text) {
    return EstreeJson.toJson(Parser.parseScript(new Source("t", text)), text);
  }

  @Test
  void mapsTypedRecordsBackToEstree() {
    assertThat(json("x = 0x10;")).isEqualTo("{\"type\":\"Program\",\"start\":0,\"end\":9,\"body\":[{\"type\":\"ExpressionStatement\","
        + "\"start\":0,\"end\":9,\"expression\":{\"type\":\"AssignmentExpression\",\"start\":0,\"end\":8,\"operator\":\"=\","
        + "\"left\":{\"type\":\"Identifier\",\"start\":0,\"end\":1,\"name\":\"x\"},\"right\":{\"type\":\"Literal\",\"start\":4,"
        + "\"end\":8,\"value\":16,\"raw\":\"0x10\"}}}],\"sourceType\":\"script\"}");
  }

  @Test
  void literalsPatternsAndTemplates() {
    assertThat(json("/a/g; 10n; 1e21; 0.5; 'é\\n';"))
        .contains("\"regex\":{\"pattern\":\"a\",\"flags\":\"g\"}")
        .contains("\"value\":null,\"raw\":\"10n\",\"bigint\":\"10\"")
        .contains("\"value\":1.0E21")
        .contains("\"value\":0.5")
        .contains("\"value\":\"\\u00e9\\n\"");
    assertThat(json("({a = 1} = b);")).contains("{\"type\":\"Property\"").contains("\"kind\":\"init\"")
        .contains("\"type\":\"AssignmentPattern\"");
    assertThat(json("t`\\u{`;")).contains("\"value\":{\"raw\":\"\\\\u{\",\"cooked\":null}");
    assertThat(json("class A { static #x = 1; }")).contains("\"static\":true").contains("\"type\":\"PrivateIdentifier\"");
  }
}
