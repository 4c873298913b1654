package dev.islet.spectests.wpt;

/**
 * The JS the test host runs before {@code testharness.js}: the parts of a dedicated worker's global
 * scope that are not Web APIs of islet (self, location, GLOBAL, timers, the global object as an event
 * target), and the bridge to the runner ({@code __wpt_*} functions the host defines).
 */
final class WptPrelude {
  private WptPrelude() {}

  static final String SOURCE = """
      (() => {
        'use strict';
        const g = globalThis;
        Object.defineProperty(g, 'self', {value: g, writable: true, configurable: true});
        g.GLOBAL = {isWindow: () => false, isWorker: () => true, isShadowRealm: () => false};
        // The global object as an EventTarget: testharness listens for "error" and "unhandledrejection".
        const target = new EventTarget();
        g.addEventListener = target.addEventListener.bind(target);
        g.removeEventListener = target.removeEventListener.bind(target);
        g.dispatchEvent = target.dispatchEvent.bind(target);
        g.__wpt_uncaught = (error, message) => {
          const e = new Event('error');
          e.error = error;
          e.message = message;
          target.dispatchEvent(e);
        };
        g.__wpt_unhandled = (reason) => {
          const e = new Event('unhandledrejection');
          e.reason = reason;
          target.dispatchEvent(e);
        };
        // Timers: the host keeps the queue (in virtual time) and calls __wpt_fire(id) when one is due.
        const timers = new Map();
        let nextId = 1;
        const add = (repeat, fn, delay, args) => {
          const id = nextId++;
          const ms = Math.max(0, Number(delay) || 0);
          timers.set(id, {fn, args, repeat, ms});
          __wpt_schedule(id, ms);
          return id;
        };
        g.setTimeout = (fn, delay, ...args) => add(false, fn, delay, args);
        g.setInterval = (fn, delay, ...args) => add(true, fn, delay, args);
        g.clearTimeout = g.clearInterval = (id) => { timers.delete(id); };
        g.__wpt_fire = (id) => {
          const t = timers.get(id);
          if (!t) return;
          if (t.repeat) __wpt_schedule(id, t.ms); else timers.delete(id);
          if (typeof t.fn === 'function') t.fn(...t.args);
        };
        g.queueMicrotask = (fn) => {
          if (typeof fn !== 'function') throw new TypeError('queueMicrotask: the callback is not a function');
          Promise.resolve().then(() => {
            try { fn(); } catch (e) { g.__wpt_uncaught(e, String(e && e.message)); }
          });
        };
      })();
      """;

  /** Runs after the harness: reports each result and the completion to the host. */
  static final String REPORTER = """
      // Each script runs (and its microtasks drain) on its own: without explicit_done, the shell
      // environment's "loaded" flag would complete the harness after the first test.
      setup({explicit_done: true});
      (() => {
        const reported = new Set();
        add_result_callback((t) => {
          reported.add(t);
          __wpt_result(String(t.name), t.status, t.message == null ? '' : String(t.message));
        });
        add_completion_callback((tests, status) => {
          for (const t of tests) {
            if (!reported.has(t)) __wpt_result(String(t.name), t.status, t.message == null ? '' : String(t.message));
          }
          __wpt_done(status.status, status.message == null ? '' : String(status.message));
        });
      })();
      """;
}
