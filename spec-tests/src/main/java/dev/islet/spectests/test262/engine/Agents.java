package dev.islet.spectests.test262.engine;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * {@code $262.agent} (INTERPRETING.md, "agent"): what Atomics.wait/notify tests use to run code on other
 * threads. {@code sleep} and {@code monotonicNow} work. The multi-agent part ({@code start},
 * {@code broadcast}, {@code getReport}) throws a TypeError: it needs a SharedArrayBuffer whose memory two
 * agents can share, which the engine does not have yet.
 */
final class Agents {
  private final long origin = System.nanoTime();

  /** The {@code $262.agent} object of {@code realm}. */
  JsObject hostObject(Realm realm, TestHost host) {
    JsObject agent = JsObject.ordinary(realm, realm.objectPrototype());
    BuiltinInstaller.on(realm, agent)
        .method("start", 1, Agents::unsupported)
        .method("broadcast", 2, Agents::unsupported)
        .method("getReport", 0, Agents::unsupported)
        .method("sleep", 1, Agents::sleep)
        .method("monotonicNow", 0, (r, t, a, nt) -> (double) ((System.nanoTime() - origin) / 1_000_000));
    return agent;
  }

  private static Object unsupported(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    // TODO(conform): run agents on threads (each with its own Agent and Realm). SharedArrayBuffer now
    // exists: broadcast hands buffer.sharedBlock() (ArrayBufferObject) to each agent, which wraps it
    // with ArrayBufferObject.sharedFromBlock(itsRealm, block); the callback's async work then drains
    // in that agent (Atomics.waitAsync settles at its microtask checkpoints). CanBlockIsFalse tests
    // need HostHooks.agentCanSuspend(realm) to return false.
    throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "$262.agent: other agents are not supported yet");
  }

  /** Blocks this agent for {@code ms} milliseconds (CanBlockIsTrue: the test's thread may block). */
  private static Object sleep(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    double ms = TypeConversion.toNumber(realm, Args.get(args, 0));
    if (ms > 0) {
      try {
        Thread.sleep((long) Math.min(ms, 10_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Undefined.INSTANCE;
  }
}
