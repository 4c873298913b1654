package dev.islet.runtime.modules;

import dev.islet.ast.Program;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.modules.ModuleHost;
import dev.islet.modules.ModuleRecord;
import dev.islet.modules.Modules;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.TypeConversion;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.runtime.loader.ModuleSource;
import dev.islet.source.Source;
import dev.islet.values.Undefined;
import dev.islet.vm.FunctionInstance;
import java.util.HashMap;

/**
 * CommonJS modules of a worker: each runs once, wrapped as Node wraps it,
 * {@code (function (exports, require, module, __filename, __dirname) { … })}, and stands for its
 * {@code module.exports}. {@code require(specifier)} resolves among the module map as imports do and
 * returns a CommonJS module's exports (its partial exports inside a cycle, as Node does), a text, data
 * or JSON module's value, or an ES module's namespace (ES modules with top-level await cannot be
 * required).
 */
final class CommonJsModules {
  private final WorkerModuleHost host;
  /** name → the module object ({@code module}, with {@code exports}) of a CommonJS module that started running. */
  private final HashMap<String, JsObject> started = new HashMap<>();
  /** name → value of data modules already made (one ArrayBuffer per isolate). */
  private final HashMap<String, Object> values = new HashMap<>();

  CommonJsModules(WorkerModuleHost host) {
    this.host = host;
  }

  /** The value the non-ES module {@code name} stands for in {@code realm}. */
  Object valueOf(Realm realm, String name) {
    ModuleSource m = host.module(name);
    if (m instanceof ModuleSource.CommonJs cjs) {
      JsObject module = started.get(name);
      if (module == null) {
        module = run(realm, name, cjs.source());
      }
      return module.get(realm, "exports");
    }
    Object v = values.get(name);
    if (v == null) {
      v = WorkerModuleHost.dataValue(realm, m);
      values.put(name, v);
    }
    return v;
  }

  private JsObject run(Realm realm, String name, String source) {
    JsObject module = JsObject.ordinary(realm, realm.objectPrototype());
    JsObject exports = JsObject.ordinary(realm, realm.objectPrototype());
    module.set(realm, "exports", exports, module);
    module.set(realm, "id", name, module);
    started.put(name, module);
    // The wrapper shares the first line with the module's own, so line numbers in stacks stay right.
    String wrapped = "(function (exports, require, module, __filename, __dirname) {" + source + "\n})";
    Source src = new Source(name, wrapped);
    Program program;
    try {
      program = Parser.parseScript(src);
    } catch (SyntaxErrorException e) {
      started.remove(name);
      throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, e.getMessage());
    }
    Code code = Compiler.compileScript(program, src);
    Object fn = realm.agent.interpreter.runTopLevel(realm, code, new FunctionInstance(code.template), Undefined.INSTANCE, null, null);
    String dir = name.lastIndexOf('/') < 0 ? "" : name.substring(0, name.lastIndexOf('/'));
    NativeFunction require = new NativeFunction(realm, "require", 1,
        (r, t, args, nt) -> require(r, name, TypeConversion.toString(r, args.length > 0 ? args[0] : Undefined.INSTANCE)), false);
    ((JsObject) fn).call(exports, new Object[] {exports, require, module, "/" + name, "/" + dir});
    return module;
  }

  /** {@code require(specifier)} from the module {@code referrer}. */
  Object require(Realm realm, String referrer, String specifier) {
    ModuleHost.Synthetic builtin = host.builtin(specifier);
    String name = builtin != null ? specifier : host.resolve(referrer, specifier);
    if (name == null) {
      throw new dev.islet.errors.JsThrow(Errors.create(realm, dev.islet.errors.ErrorKind.ERROR, "Cannot find module '" + specifier + "' (required from " + referrer + ")"));
    }
    ModuleSource m = host.module(name);
    if (m != null && !(m instanceof ModuleSource.Js)) {
      return valueOf(realm, name);
    }
    ModuleRecord record = Modules.loadByName(realm, name);
    Modules.link(realm, record);
    PromiseObject evaluated = Modules.evaluate(realm, record);
    if (evaluated.state() == PromiseObject.REJECTED) {
      throw new dev.islet.errors.JsThrow(evaluated.result());
    }
    if (evaluated.state() == PromiseObject.PENDING) {
      throw new dev.islet.errors.JsThrow(Errors.create(realm, dev.islet.errors.ErrorKind.ERROR, "require() of the ES module '" + name
          + "' cannot wait for its top-level await; import it instead"));
    }
    return Modules.namespace(record);
  }
}
