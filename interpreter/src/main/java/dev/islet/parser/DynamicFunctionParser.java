package dev.islet.parser;

import dev.islet.ast.FunctionExpression;
import dev.islet.source.Source;

/** The parsing steps of CreateDynamicFunction (https://tc39.es/ecma262/#sec-createdynamicfunction). */
final class DynamicFunctionParser {
  private DynamicFunctionParser() {}

  static FunctionExpression parse(Source source, Parser.FunctionKind kind, String parameters, String body) {
    // Parameters and body must each parse on their own, so that neither can close or open the other.
    Source params = new Source(source.name(), parameters);
    new ProgramParser(params, ParseOptions.script(), false).checkStandaloneParameters(kind);
    Source bodySource = new Source(source.name(), body);
    new ProgramParser(bodySource, ParseOptions.script(), false).checkStandaloneBody(kind);
    Source whole = source.text().equals(Parser.dynamicFunctionSource(kind, parameters, body))
        ? source
        : new Source(source.name(), Parser.dynamicFunctionSource(kind, parameters, body));
    return new ProgramParser(whole, ParseOptions.script(), false).parseDynamicFunctionText();
  }
}
