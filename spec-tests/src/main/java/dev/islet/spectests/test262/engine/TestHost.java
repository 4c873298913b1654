package dev.islet.spectests.test262.engine;

import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.modules.ModuleHost;
import dev.islet.modules.Modules;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import dev.islet.vm.Agent;

/**
 * The host of one test run (INTERPRETING.md, "Host-Defined Functions"): the global {@code print} and
 * the {@code $262} object of every realm the test creates, and what {@code print} was told (async tests
 * report their end through it).
 *
 * <p>{@code $262}: {@code createRealm()} makes a new realm in the same agent, with its own global object
 * and its own {@code $262}; {@code evalScript(src)} parses and runs a script in that realm (a parse error
 * is that realm's SyntaxError); {@code detachArrayBuffer} (the ArrayBuffer built-ins' DetachArrayBuffer);
 * {@code gc()} is a no-op (the engine has no
 * collector to force: its objects are Java objects); {@code global}; {@code agent} (see {@link Agents}).
 * {@code IsHTMLDDA} is not provided: the engine has no [[IsHTMLDDA]] objects, so tests of that feature
 * fail.
 */
final class TestHost {
  static final String ASYNC_COMPLETE = "Test262:AsyncTestComplete";
  static final String ASYNC_FAILURE = "Test262:AsyncTestFailure:";

  private final Agents agents;
  private final ModuleHost modules;
  private boolean asyncComplete;
  private String asyncFailure;

  /**
   * @param agents  the {@code $262.agent} side of this run
   * @param modules where every realm of the test loads modules from ({@code import}, {@code import()})
   */
  TestHost(Agents agents, ModuleHost modules) {
    this.agents = agents;
    this.modules = modules;
  }

  /** Whether {@code print} was told {@code Test262:AsyncTestComplete}. */
  boolean asyncComplete() {
    return asyncComplete;
  }

  /** The text after {@code Test262:AsyncTestFailure:} if print was told it, else null. */
  String asyncFailure() {
    return asyncFailure;
  }

  /** Creates a realm in {@code agent} with {@code print} and {@code $262} on its global object. */
  Realm newRealm(Agent agent) {
    Realm realm = new Realm(agent);
    install(realm);
    return realm;
  }

  /** Defines {@code print} and {@code $262} on {@code realm}'s global object and returns that {@code $262}. */
  JsObject install(Realm realm) {
    Modules.setHost(realm, modules);
    JsObject global = realm.globalObject();
    global.materialize();
    JsObject host = JsObject.ordinary(realm, realm.objectPrototype());
    BuiltinInstaller.on(realm, host)
        .method("createRealm", 0, (r, t, a, nt) -> install(new Realm(r.agent)))
        .method("evalScript", 1, (r, t, a, nt) -> Scripts.parseAndRun(r, "evalScript",
            TypeConversion.toString(r, Args.get(a, 0))))
        .method("detachArrayBuffer", 1, (r, t, a, nt) -> {
          ArrayBufferObject.detachArrayBuffer(r, Args.get(a, 0), Args.get(a, 1));
          return Null.INSTANCE;
        })
        .method("gc", 0, (r, t, a, nt) -> Undefined.INSTANCE)
        .value("global", global, Attributes.HIDDEN)
        .value("agent", agents.hostObject(realm), Attributes.HIDDEN);
    define(realm, global, "$262", host);
    define(realm, global, "print", new NativeFunction(realm, "print", 1, this::print, false));
    return host;
  }

  private static void define(Realm realm, JsObject global, String name, Object value) {
    global.defineOwnProperty(realm, name, PropertyDescriptor.data(value, Attributes.HIDDEN));
  }

  private Object print(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    String text = TypeConversion.toString(realm, Args.get(args, 0));
    if (text.equals(ASYNC_COMPLETE)) {
      asyncComplete = true;
    } else if (text.startsWith(ASYNC_FAILURE)) {
      if (asyncFailure == null) {
        asyncFailure = text.substring(ASYNC_FAILURE.length());
      }
    }
    return Undefined.INSTANCE;
  }
}
