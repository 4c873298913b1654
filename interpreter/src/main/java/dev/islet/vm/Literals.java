package dev.islet.vm;

import dev.islet.bytecode.FunctionTemplate;
import dev.islet.bytecode.TemplateSite;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.HashSet;

/** Creating functions and literal values, and the property definitions of object literals. */
final class Literals {
  private Literals() {}

  // ------------------------------------------------------------------ functions

  /** InstantiateOrdinaryFunctionObject and friends: a closure of {@code t} over the frame's scope. */
  static ScriptFunction closure(Realm realm, Frame f, FunctionTemplate t) {
    FunctionInstance fi = f.instance.child(realm, t);
    ScriptFunction fn = makeFunction(realm, fi, f.scope, functionPrototypeFor(realm, t));
    if (t.is(FunctionTemplate.ARROW)) {
      // Arrows see the this, new.target, super and active function of where they are made.
      fn.lexicalThis = f.thisValue;
      fn.lexicalNewTarget = f.newTarget;
      fn.lexicalFunction = f.function != null && f.function.template.is(FunctionTemplate.ARROW) ? f.function.lexicalFunction
          : f.function != null ? f.function : f.activeFunction;
      fn.home = f.function != null && f.function.home != null ? f.function.home : f.home;
    }
    return fn;
  }

  /** The [[Prototype]] of a new function of {@code t}'s kind. */
  static JsObject functionPrototypeFor(Realm realm, FunctionTemplate t) {
    if (t.is(FunctionTemplate.GENERATOR)) {
      return realm.intrinsic(t.is(FunctionTemplate.ASYNC) ? Intrinsic.ASYNC_GENERATOR_FUNCTION_PROTOTYPE
          : Intrinsic.GENERATOR_FUNCTION_PROTOTYPE);
    }
    if (t.is(FunctionTemplate.ASYNC)) {
      return realm.intrinsic(Intrinsic.ASYNC_FUNCTION_PROTOTYPE);
    }
    return realm.functionPrototype();
  }

  /** OrdinaryFunctionCreate + SetFunctionLength + SetFunctionName + MakeConstructor as the template says. */
  static ScriptFunction makeFunction(Realm realm, FunctionInstance fi, Scope env, JsObject proto) {
    FunctionTemplate t = fi.template;
    boolean hasPrototype = t.is(FunctionTemplate.HAS_PROTOTYPE);
    Shape shape = realm.scriptFunctionShape(proto, hasPrototype, t.is(FunctionTemplate.CLASS_CONSTRUCTOR));
    ScriptFunction fn = new ScriptFunction(realm, shape, fi, env);
    Object[] slots = fn.slots;
    slots[0] = t.length;
    slots[1] = t.name == null ? "" : t.name;
    if (hasPrototype) {
      if (t.is(FunctionTemplate.GENERATOR)) {
        slots[2] = JsObject.ordinary(realm, realm.intrinsic(t.is(FunctionTemplate.ASYNC)
            ? Intrinsic.ASYNC_GENERATOR_PROTOTYPE : Intrinsic.GENERATOR_PROTOTYPE));
      } else {
        JsObject p = JsObject.ordinary(realm, realm.objectPrototype());
        p.addProperty(realm, "constructor", fn, Attributes.HIDDEN);
        slots[2] = p;
      }
    }
    return fn;
  }

  /** SetFunctionName ( F, name [ , prefix ] ) for a computed key (I: 0 none, 1 "get", 2 "set"). */
  static void setFunctionName(Realm realm, JsObject fn, Object key, int prefix) {
    String name;
    if (key instanceof Symbol s) {
      name = s.description() == null ? "" : "[" + s.description() + "]";
    } else if (key instanceof dev.islet.vm.PrivateName pn) {
      name = "#" + pn.description;
    } else {
      name = PropertyKey.toValue(key).toString();
    }
    if (prefix == 1) {
      name = "get " + name;
    } else if (prefix == 2) {
      name = "set " + name;
    }
    fn.defineOwnProperty(realm, "name", PropertyDescriptor.data(name, Attributes.CONFIGURABLE));
  }

  /** Names an anonymous method defined under a computed key (its template has no name). */
  private static void nameIfAnonymous(Realm realm, JsObject fn, Object key, int prefix) {
    if (fn instanceof ScriptFunction sf && sf.template.name == null) {
      setFunctionName(realm, fn, key, prefix);
    }
  }

  // ------------------------------------------------------------------ object literals

  /** CreateDataPropertyOrThrow for literal fields (and DEFINE_ELEM's canonical key). */
  static void defineField(Realm realm, JsObject o, Object key, Object value) {
    if (!o.shape.isDictionary() && o.getClass() == JsObject.class && !(key instanceof Integer)
        && o.shape.lookup(key) < 0 && o.shape.isExtensible()) {
      o.addProperty(realm, key, value, Attributes.DEFAULT);
      return;
    }
    ObjectOperations.createDataPropertyOrThrow(realm, o, key, value);
  }

  /** A method of an object literal (enumerable) or class (not): DefineMethodProperty. */
  static void defineMethod(Realm realm, JsObject o, Object key, JsObject fn, boolean enumerable) {
    if (fn instanceof ScriptFunction sf) {
      sf.home = o;
    }
    nameIfAnonymous(realm, fn, key, 0);
    int attrs = Attributes.WRITABLE | Attributes.CONFIGURABLE | (enumerable ? Attributes.ENUMERABLE : 0);
    ObjectOperations.definePropertyOrThrow(realm, o, key, PropertyDescriptor.data(fn, attrs));
  }

  /** A getter or setter (kind bit 1 getter, 2 setter, 4 enumerable). */
  static void defineAccessor(Realm realm, JsObject o, Object key, JsObject fn, int kind) {
    if (fn instanceof ScriptFunction sf) {
      sf.home = o;
    }
    boolean getter = (kind & 1) != 0;
    nameIfAnonymous(realm, fn, key, getter ? 1 : 2);
    PropertyDescriptor d = new PropertyDescriptor()
        .setEnumerable((kind & 4) != 0)
        .setConfigurable(true);
    if (getter) {
      d.setGetter(fn);
    } else {
      d.setSetter(fn);
    }
    ObjectOperations.definePropertyOrThrow(realm, o, key, d);
  }

  /** Object rest: (src k1..kn → copy of src without those keys). */
  static int restObject(Realm realm, Object[] r, int sp, int n) {
    HashSet<Object> excluded = new HashSet<>();
    for (int i = 0; i < n; i++) {
      excluded.add(PropertyKey.canonical(r[sp - n + i]));
    }
    sp -= n;
    Object src = r[sp - 1];
    JsObject target = JsObject.ordinary(realm, realm.objectPrototype());
    ObjectOperations.copyDataProperties(realm, target, src, excluded);
    r[sp - 1] = target;
    return sp;
  }

  /** A rest parameter: the arguments from index {@code from} on. */
  static ArrayObject rest(Realm realm, Frame f, int from) {
    Object[] args = f.args;
    int n = args == null ? 0 : Math.max(0, args.length - from);
    Object[] values = new Object[n];
    if (n > 0) {
      System.arraycopy(args, from, values, 0, n);
    }
    return ArrayObject.fromList(realm, values, n);
  }

  /** GetTemplateObject ( templateLiteral ) — one frozen array per site and realm. */
  static JsObject templateObject(Realm realm, Frame f, TemplateSite site) {
    FunctionInstance fi = f.instance;
    JsObject[] cache = fi.templateObjects;
    if (cache != null && site.index() < cache.length && cache[site.index()] != null) {
      return cache[site.index()];
    }
    int n = site.raw().length;
    Object[] cookedValues = new Object[n];
    Object[] rawValues = new Object[n];
    for (int i = 0; i < n; i++) {
      cookedValues[i] = site.cooked()[i] == null ? Undefined.INSTANCE : site.cooked()[i];
      rawValues[i] = site.raw()[i];
    }
    ArrayObject template = ArrayObject.fromList(realm, cookedValues, n);
    ArrayObject raw = ArrayObject.fromList(realm, rawValues, n);
    dev.islet.builtins.fundamental.ObjectConstructor.setIntegrityLevel(realm, raw, true);
    template.defineOwnProperty(realm, "raw", PropertyDescriptor.data(raw, 0));
    dev.islet.builtins.fundamental.ObjectConstructor.setIntegrityLevel(realm, template, true);
    if (cache == null || site.index() >= cache.length) {
      cache = fi.templateObjects = cache == null ? new JsObject[site.index() + 4]
          : java.util.Arrays.copyOf(cache, site.index() + 4);
    }
    cache[site.index()] = template;
    realm.heap.charge(SizeEstimates.OBJECT);
    return template;
  }

  /** A RegExp literal: a new RegExp object each evaluation (the compiled pattern is shared). */
  static Object regexp(Realm realm, Object literal) {
    return dev.islet.builtins.text.RegExpConstructor.fromLiteral(realm, (dev.islet.bytecode.RegExpSite) literal);
  }

  // ------------------------------------------------------------------ super properties

  /** MakeSuperPropertyReference + GetValue: home.[[GetPrototypeOf]]().[[Get]](key, this). */
  static Object getSuper(Realm realm, Object thisValue, Object home, Object keyValue) {
    // MakeSuperPropertyReference: GetSuperBase before ToPropertyKey.
    JsObject base = superBase(realm, home);
    Object key = TypeConversion.toPropertyKey(realm, keyValue);
    if (base == null) {
      throw Errors.typeError(realm, Msg.CANNOT_READ_PROPERTY, "null", PropertyKey.describe(key));
    }
    return base.get(realm, key, thisValue);
  }

  static void setSuper(Realm realm, Object thisValue, Object home, Object keyValue, Object value, boolean strict) {
    JsObject base = superBase(realm, home);
    Object key = TypeConversion.toPropertyKey(realm, keyValue);
    if (base == null) {
      throw Errors.typeError(realm, Msg.CANNOT_SET_PROPERTY, "null", PropertyKey.describe(key));
    }
    if (!base.set(realm, key, value, thisValue) && strict) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, PropertyKey.describe(key), Describe.value(thisValue));
    }
  }

  private static JsObject superBase(Realm realm, Object home) {
    if (!(home instanceof JsObject h)) {
      throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, "'super' keyword unexpected here");
    }
    return h.getPrototypeOf(realm);
  }
}
