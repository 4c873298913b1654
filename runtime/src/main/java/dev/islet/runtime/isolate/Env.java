package dev.islet.runtime.isolate;

import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.bindings.CloneReader;
import dev.islet.runtime.bindings.JavaValues;
import java.util.Map;

/**
 * A worker's {@code env}: one plain object per isolate, made from its code's bindings. Data bindings are
 * copied in; entrypoints, services, Java objects and stubs become stubs that live as long as the
 * isolate (unlike stubs received during an invocation); a loader becomes a {@code LOADER} binding.
 * {@code env} is passed to handlers and exported by {@code cloudflare:workers}; it is never a global.
 */
final class Env {
  private Env() {}

  static JsObject build(WorkerIsolate worker, IsolateBindings bindings) {
    Realm realm = worker.realm;
    JsObject env = JsObject.ordinary(realm, realm.objectPrototype());
    CloneReader.Hooks hooks = new CloneReader.Hooks() {
      @Override
      public Object stubFor(Realm r, Capability capability) {
        return bindings.stubs.stub(capability); // env stubs are not disposed at the end of an invocation
      }

      @Override
      public Object hostObject(Realm r, Object value) {
        return bindings.hostObject(r, value);
      }
    };
    for (Map.Entry<String, Object> e : worker.code.env().entrySet()) {
      Object value = CloneReader.read(realm, JavaValues.toCloned(e.getValue()), hooks);
      ObjectOperations.createDataPropertyOrThrow(realm, env, e.getKey(), value);
    }
    return env;
  }
}
