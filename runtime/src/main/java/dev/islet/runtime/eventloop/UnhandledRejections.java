package dev.islet.runtime.eventloop;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.vm.HostHooks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HostPromiseRejectionTracker (https://tc39.es/ecma262/#sec-host-promise-rejection-tracker): remembers
 * the promises that were rejected while nothing handled them, and forgets one when a handler is added
 * later. After a run, what is left are the unhandled rejections, which a host reports (the CLI treats
 * one like an uncaught exception, as Node does). Everything else is left to the default hooks.
 */
public final class UnhandledRejections implements HostHooks {
  /** Keyed by identity (JsObject does not override equals), in rejection order. */
  private final Map<JsObject, Boolean> pending = new LinkedHashMap<>();

  /** Installs a tracker as the host hooks of {@code realm}'s agent. */
  public static UnhandledRejections install(Realm realm) {
    UnhandledRejections tracker = new UnhandledRejections();
    realm.agent.setHostHooks(tracker);
    return tracker;
  }

  @Override
  public void promiseRejectionTracker(JsObject promise, String operation) {
    if (operation.equals("reject")) {
      pending.put(promise, Boolean.TRUE);
    } else {
      pending.remove(promise);
    }
  }

  /** The rejection reasons of the promises still unhandled, oldest first. */
  public List<Object> reasons() {
    List<Object> out = new ArrayList<>(pending.size());
    for (JsObject p : pending.keySet()) {
      if (p instanceof PromiseObject promise && promise.state() == PromiseObject.REJECTED) {
        out.add(promise.result());
      }
    }
    return out;
  }
}
