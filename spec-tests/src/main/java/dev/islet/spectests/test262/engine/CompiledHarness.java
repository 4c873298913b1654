package dev.islet.spectests.test262.engine;

import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.source.Source;
import dev.islet.spectests.test262.HarnessFile;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The harness files, each parsed and compiled once per run and shared by every test on every thread:
 * compiled code is immutable and holds no isolate state (inline caches and template objects live in the
 * per-isolate {@code FunctionInstance}), so one compilation serves all isolates.
 */
final class CompiledHarness {
  private final ConcurrentHashMap<String, Code> compiled = new ConcurrentHashMap<>();

  /**
   * The compiled script of {@code file}.
   *
   * @throws SyntaxErrorException when the harness file does not parse (a front-end bug, or a bad --root)
   */
  Code code(HarnessFile file) {
    Code c = compiled.get(file.name());
    if (c == null) {
      Source source = new Source("harness/" + file.name(), file.text());
      c = Compiler.compileScript(Parser.parseScript(source), source);
      Code raced = compiled.putIfAbsent(file.name(), c);
      if (raced != null) {
        c = raced;
      }
    }
    return c;
  }
}
