package dev.islet.spectests.test262.engine;

import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.source.Source;
import dev.islet.vm.FunctionInstance;

/** Running scripts in a realm, as a host does (ScriptEvaluation — https://tc39.es/ecma262/#sec-runtime-semantics-scriptevaluation). */
final class Scripts {
  private Scripts() {}

  /** Evaluates compiled script code in {@code realm}'s global scope and returns its completion value. */
  static Object run(Realm realm, Code code) {
    return realm.agent.interpreter.runTopLevel(realm, code, new FunctionInstance(code.template), realm.globalObject(),
        null, null);
  }

  /**
   * ParseScript then ScriptEvaluation of {@code text} in {@code realm}, for {@code $262.evalScript}: a
   * parse error is a SyntaxError object of that realm, thrown to the caller.
   */
  static Object parseAndRun(Realm realm, String name, String text) {
    Source source = new Source(name, text);
    Code code;
    try {
      code = Compiler.compileScript(Parser.parseScript(source), source);
    } catch (SyntaxErrorException e) {
      throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, e.rawMessage());
    }
    return run(realm, code);
  }
}
