package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.errors.JsThrow;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;

/**
 * A {@link HostClass.Builder} with promise-returning members: as WebIDL says
 * (https://webidl.spec.whatwg.org/#es-operations), an operation or attribute whose type is a
 * promise turns every exception, including a failed brand check, into a rejected promise.
 */
final class PromiseMembers<T extends HostObject> {
  private final HostClass.Builder<T> b;
  private final Class<T> type;
  private final String name;

  private PromiseMembers(HostClass.Builder<T> b, Class<T> type, String name) {
    this.b = b;
    this.type = type;
    this.name = name;
  }

  static <T extends HostObject> PromiseMembers<T> on(HostClass.Builder<T> b, Class<T> type, String name) {
    return new PromiseMembers<>(b, type, name);
  }

  PromiseMembers<T> promiseMethod(String member, int length, HostClass.Method<T> m) {
    String who = name + ".prototype." + member;
    b.rawMethod(member, length, (realm, self, args, nt) -> {
      try {
        return m.call(realm, cast(realm, self, who), args);
      } catch (JsThrow t) {
        return Promises.rejected(realm, t.value());
      }
    });
    return this;
  }

  PromiseMembers<T> promiseGetter(String member, HostClass.Getter<T> g) {
    String who = "get " + name + ".prototype." + member;
    b.rawGetter(member, (realm, self, args, nt) -> {
      try {
        return g.get(realm, cast(realm, self, who));
      } catch (JsThrow t) {
        return Promises.rejected(realm, t.value());
      }
    });
    return this;
  }

  PromiseMembers<T> method(String member, int length, HostClass.Method<T> m) {
    b.method(member, length, m);
    return this;
  }

  PromiseMembers<T> method(Symbol key, int length, HostClass.Method<T> m) {
    b.method(key, length, m);
    return this;
  }

  PromiseMembers<T> getter(String member, HostClass.Getter<T> g) {
    b.getter(member, g);
    return this;
  }

  HostClass.Builder<T> builder() {
    return b;
  }

  HostClass<T> build() {
    return b.build();
  }

  private T cast(Realm realm, Object self, String who) {
    if (type.isInstance(self)) {
      return type.cast(self);
    }
    throw HostErrors.typeError(realm, "Illegal invocation: " + who + " called on an object that is not a " + name);
  }
}
