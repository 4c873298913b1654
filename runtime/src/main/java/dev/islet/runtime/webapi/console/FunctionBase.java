package dev.islet.runtime.webapi.console;

import dev.islet.bytecode.FunctionTemplate;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.vm.ScriptFunction;

/**
 * How {@link Inspector} names a function, after Node's getFunctionBase and getClassBase:
 * {@code [Function: f]}, {@code [Function (anonymous)]}, {@code [AsyncGeneratorFunction: g]},
 * {@code [class A extends B]}, with the constructor or tag when they differ from the kind.
 */
final class FunctionBase {
  private FunctionBase() {}

  static String functionBase(Realm realm, JsObject fn, String constructor, String tag) {
    FunctionTemplate t = fn instanceof ScriptFunction sf ? sf.template : null;
    if (t != null && t.is(FunctionTemplate.CLASS_CONSTRUCTOR)) {
      return classBase(realm, fn, constructor, tag);
    }
    String type = "Function";
    if (t != null && t.is(FunctionTemplate.GENERATOR)) {
      type = "Generator" + type;
    }
    if (t != null && t.is(FunctionTemplate.ASYNC)) {
      type = "Async" + type;
    }
    StringBuilder base = new StringBuilder("[").append(type);
    if (constructor == null) {
      base.append(" (null prototype)");
    }
    String name = ObjectReads.dataString(realm, fn, "name");
    if (name == null || name.isEmpty()) {
      base.append(" (anonymous)");
    } else {
      base.append(": ").append(name);
    }
    base.append(']');
    if (constructor != null && !constructor.equals(type) && !constructor.equals("Function")) {
      base.append(' ').append(constructor);
    }
    if (!tag.isEmpty() && !tag.equals(constructor)) {
      base.append(" [").append(tag).append(']');
    }
    return base.toString();
  }

  private static String classBase(Realm realm, JsObject fn, String constructor, String tag) {
    String name = ObjectReads.ownString(realm, fn, "name");
    StringBuilder base = new StringBuilder("[class ").append(name == null || name.isEmpty() ? "(anonymous)" : name);
    if (constructor != null && !constructor.equals("Function")) {
      base.append(" [").append(constructor).append(']');
    }
    if (!tag.isEmpty() && !tag.equals(constructor)) {
      base.append(" [").append(tag).append(']');
    }
    if (constructor != null) {
      JsObject parent = ObjectReads.proto(fn);
      String superName = parent == null ? null : ObjectReads.dataString(realm, parent, "name");
      if (superName != null && !superName.isEmpty()) {
        base.append(" extends ").append(superName);
      }
    } else {
      base.append(" extends [null prototype]");
    }
    return base.append(']').toString();
  }
}
