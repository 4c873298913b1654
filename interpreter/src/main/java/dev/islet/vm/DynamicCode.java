package dev.islet.vm;


import dev.islet.ast.FunctionExpression;
import dev.islet.ast.Program;
import dev.islet.bytecode.Code;
import dev.islet.bytecode.EvalSite;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.compiler.Compiler;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.parser.ParseOptions;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.source.Source;
import dev.islet.values.Undefined;

/**
 * Code made from strings at run time: eval (direct and indirect) — https://tc39.es/ecma262/#sec-performeval —
 * and the Function-family constructors — https://tc39.es/ecma262/#sec-createdynamicfunction.
 */
public final class DynamicCode {
  private DynamicCode() {}

  /** CALL_EVAL: a direct eval when the callee is this realm's %eval%, otherwise an ordinary call. */
  static int callEval(Realm realm, Frame f, Object[] r, int sp, int argc, Object site) {
    if (argc < 0) {
      // eval(...args): this, callee and the spread arguments' array.
      int base = sp - 3;
      Object[] args = Calls.spreadArgs(r[sp - 1]);
      Object callee = r[base + 1];
      if (callee == realm.intrinsic(Intrinsic.EVAL)) {
        r[base] = performEval(realm, args.length > 0 ? args[0] : Undefined.INSTANCE, (EvalSite) site, f);
      } else if (callee instanceof JsObject o && o.isCallable()) {
        r[base] = o.call(r[base], args);
      } else {
        throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callee));
      }
      return base + 1;
    }
    int base = sp - argc - 2;
    Object callee = r[base + 1];
    if (callee == realm.intrinsic(Intrinsic.EVAL)) {
      Object x = argc > 0 ? r[base + 2] : Undefined.INSTANCE;
      r[base] = performEval(realm, x, (EvalSite) site, f);
    } else {
      r[base] = Calls.call(realm, dev.islet.bytecode.Op.CALL, r, base, argc);
    }
    return base + 1;
  }

  /** %eval% called indirectly: global scope, sloppy unless the code says otherwise. */
  public static Object indirectEval(Realm realm, Object x) {
    return performEval(realm, x, null, null);
  }

  /** PerformEval ( x, strictCaller, direct ): {@code site} and {@code caller} are null for indirect eval. */
  private static Object performEval(Realm realm, Object x, EvalSite site, Frame caller) {
    if (!(x instanceof CharSequence cs)) {
      return x;
    }
    if (!realm.agent.hostHooks().dynamicFunctionsAllowed(realm)) {
      throw Errors.error(realm, Msg.CODE_GENERATION_DISALLOWED);
    }
    String text = cs.toString();
    Source source = new Source("eval", text, true);
    realm.heap.charge(SizeEstimates.compiledCode(text.length()));
    ParseOptions options = ParseOptions.script();
    if (site != null) {
      options = options.withStrict(site.strict())
          .withAllowNewTarget(site.inFunction())
          .withAllowSuperProperty(site.inMethod())
          .withAllowSuperCall(site.inDerivedConstructor())
          .withInClassFieldInitializer(site.inFieldInitializer())
          .withPrivateNames(site.privateNames());
    }
    Program program;
    try {
      program = Parser.parse(source, options);
    } catch (SyntaxErrorException e) {
      throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, e.rawMessage());
    }
    realm.agent.budget.charge(text.length() >> 4);
    Code code = Compiler.compileEval(program, source, site);
    FunctionInstance instance = new FunctionInstance(code.template);
    Object thisValue;
    Scope scope;
    if (site == null) {
      thisValue = realm.globalObject();
      scope = null;
    } else {
      // In functions the eval code reads `this` by name from the caller's environment; at top level it is the script's or module's.
      thisValue = site.inFunction() ? caller.thisValue : site.module() ? Undefined.INSTANCE : realm.globalObject();
      scope = caller.scope;
    }
    return realm.agent.interpreter.runTopLevel(realm, code, instance, thisValue, scope, caller);
  }

  /** CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs, bodyArg ) */
  static JsObject createDynamicFunction(Realm realm, JsObject newTarget, FunctionKind kind, Object[] args) {
    int argCount = args.length;
    StringBuilder p = new StringBuilder();
    String body = "";
    if (argCount > 0) {
      for (int i = 0; i < argCount - 1; i++) {
        if (i > 0) {
          p.append(',');
        }
        p.append(TypeConversion.toString(realm, args[i]));
      }
      body = TypeConversion.toString(realm, args[argCount - 1]);
    }
    String params = p.toString();
    Parser.FunctionKind pk = Parser.FunctionKind.valueOf(kind.name());
    String text = Parser.dynamicFunctionSource(pk, params, body);
    Source source = new Source("anonymous", text, true);
    realm.heap.charge(SizeEstimates.compiledCode(text.length()));
    FunctionExpression fn;
    try {
      fn = Parser.parseDynamicFunction(source, pk, params, body);
    } catch (SyntaxErrorException e) {
      throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, e.rawMessage());
    }
    realm.agent.budget.charge(text.length() >> 4);
    FunctionTemplate t = Compiler.compileDynamicFunction(fn, source);
    Intrinsic fallback = switch (kind) {
      case NORMAL -> Intrinsic.FUNCTION_PROTOTYPE;
      case GENERATOR -> Intrinsic.GENERATOR_FUNCTION_PROTOTYPE;
      case ASYNC -> Intrinsic.ASYNC_FUNCTION_PROTOTYPE;
      case ASYNC_GENERATOR -> Intrinsic.ASYNC_GENERATOR_FUNCTION_PROTOTYPE;
    };
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, fallback);
    return Literals.makeFunction(realm, new FunctionInstance(t), null, proto);
  }
}
