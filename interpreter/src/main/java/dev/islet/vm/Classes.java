package dev.islet.vm;

import dev.islet.bytecode.ClassLayout;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * ClassDefinitionEvaluation — https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation —
 * in two steps: CREATE_CLASS makes the constructor and prototype, INIT_CLASS installs the elements
 * and runs the static initializers. Also the private-name operations.
 */
final class Classes {
  private Classes() {}

  /** The brand key of a class with private methods: a fresh identity per class evaluation. */
  static final class Brand implements dev.islet.objects.PrivateKey {}

  /** CREATE_CLASS: (heritage? → F proto). */
  static int createClass(Realm realm, Frame f, Object[] r, int sp, ClassLayout layout) {
    JsObject protoParent = realm.objectPrototype();
    JsObject constructorParent = realm.functionPrototype();
    if (layout.hasHeritage()) {
      Object superclass = r[--sp];
      if (superclass == Null.INSTANCE) {
        protoParent = null;
      } else if (!(superclass instanceof JsObject sc) || !sc.isConstructor()) {
        throw Errors.typeError(realm, Msg.CLASS_EXTENDS_NOT_CONSTRUCTOR, Describe.value(superclass));
      } else {
        Object pp = sc.get(realm, "prototype", sc);
        if (pp == Null.INSTANCE) {
          protoParent = null;
        } else if (pp instanceof JsObject ppo) {
          protoParent = ppo;
        } else {
          throw Errors.typeError(realm, Msg.CLASS_PROTOTYPE_NOT_OBJECT, Describe.value(pp));
        }
        constructorParent = sc;
      }
    }
    JsObject proto = JsObject.ordinary(realm, protoParent);
    FunctionInstance fi = f.instance.child(realm, layout.constructor());
    ScriptFunction ctor = Literals.makeFunction(realm, fi, f.scope, constructorParent);
    ctor.home = proto;
    ctor.slots[2] = proto;
    ctor.classDefinition = new ClassDefinition();
    proto.addProperty(realm, "constructor", ctor, Attributes.HIDDEN);
    r[sp++] = ctor;
    r[sp++] = proto;
    return sp;
  }

  /** INIT_CLASS: (F proto items... → F); see {@link ClassLayout} for the items. */
  static int initClass(Realm realm, Frame f, Object[] r, int sp, ClassLayout layout) {
    ClassLayout.Element[] elements = layout.elements();
    int items = 0;
    for (ClassLayout.Element e : elements) {
      if (e.computedKey() || e.isPrivate()) {
        items++;
      }
      if (e.hasFunction()) {
        items++;
      }
    }
    int base = sp - items;
    ScriptFunction ctor = (ScriptFunction) r[base - 2];
    JsObject proto = (JsObject) r[base - 1];
    ClassDefinition def = ctor.classDefinition;
    List<Object> instanceFieldKeys = new ArrayList<>();
    List<JsObject> instanceFieldInits = new ArrayList<>();
    List<PrivateName> instancePrivateMethods = new ArrayList<>();
    List<Object[]> staticElements = new ArrayList<>();
    List<PrivateName> staticPrivateMethods = new ArrayList<>();
    int i = base;
    for (ClassLayout.Element e : elements) {
      Object key = e.computedKey() || e.isPrivate() ? PropertyKey.canonical(r[i++]) : e.key();
      JsObject fn = e.hasFunction() ? (JsObject) r[i++] : null;
      JsObject target = e.isStatic() ? ctor : proto;
      if (fn instanceof ScriptFunction sf) {
        sf.home = target;
      }
      switch (e.kind()) {
        case ClassLayout.METHOD, ClassLayout.GETTER, ClassLayout.SETTER -> {
          if (e.isPrivate()) {
            PrivateName pn = (PrivateName) key;
            if (e.kind() == ClassLayout.METHOD) {
              pn.method = fn;
            } else if (e.kind() == ClassLayout.GETTER) {
              pn.getter = fn;
            } else {
              pn.setter = fn;
            }
            List<PrivateName> list = e.isStatic() ? staticPrivateMethods : instancePrivateMethods;
            if (!list.contains(pn)) {
              list.add(pn);
            }
          } else if (e.kind() == ClassLayout.METHOD) {
            Literals.defineMethod(realm, target, key, fn, false);
          } else {
            Literals.defineAccessor(realm, target, key, fn, e.kind() == ClassLayout.GETTER ? 1 : 2);
          }
        }
        case ClassLayout.FIELD -> {
          if (e.isStatic()) {
            staticElements.add(new Object[] {key, fn});
          } else {
            instanceFieldKeys.add(key);
            instanceFieldInits.add(fn);
          }
        }
        case ClassLayout.STATIC_BLOCK -> staticElements.add(new Object[] {null, fn});
        default -> throw new IllegalStateException("class element kind " + e.kind());
      }
    }
    def.fieldKeys = instanceFieldKeys.toArray();
    def.fieldInitializers = instanceFieldInits.toArray(new JsObject[0]);
    def.methodNames = instancePrivateMethods.toArray(new PrivateName[0]);
    if (!instancePrivateMethods.isEmpty()) {
      def.brand = new Brand();
    }
    sp = base - 1;
    r[sp - 1] = ctor;
    // Static private methods, then static fields and blocks, in order.
    if (!staticPrivateMethods.isEmpty()) {
      Brand staticBrand = new Brand();
      ctor.addProperty(realm, staticBrand, Boolean.TRUE, Attributes.FROZEN);
      for (PrivateName pn : staticPrivateMethods) {
        pn.brand = staticBrand;
      }
    }
    for (PrivateName pn : instancePrivateMethods) {
      pn.brand = def.brand;
    }
    for (Object[] se : staticElements) {
      JsObject init = (JsObject) se[1];
      if (se[0] == null) {
        init.call(ctor, JsObject.NO_ARGS);
      } else {
        defineField(realm, ctor, se[0], init);
      }
    }
    return sp;
  }

  /** InitializeInstanceElements ( O, constructor ): private methods, then fields in order. */
  static void initializeInstanceElements(Realm realm, JsObject o, ScriptFunction ctor) {
    ClassDefinition def = ctor.classDefinition;
    if (def == null) {
      return;
    }
    if (def.brand != null) {
      if (o.findOwnStoredForEngine(def.brand) != JsObject.NOT_FOUND) {
        throw Errors.typeError(realm, Msg.PRIVATE_ALREADY_PRESENT, "the private methods");
      }
      o.addProperty(realm, def.brand, Boolean.TRUE, Attributes.FROZEN);
    }
    Object[] keys = def.fieldKeys;
    JsObject[] inits = def.fieldInitializers;
    for (int i = 0; i < keys.length; i++) {
      defineField(realm, o, keys[i], inits[i]);
    }
  }

  /** DefineField ( receiver, fieldRecord ): run the initializer (passing the key for anonymous function names), then define. */
  private static void defineField(Realm realm, JsObject receiver, Object key, JsObject init) {
    Object value = init == null ? Undefined.INSTANCE : init.call(receiver, new Object[] {key});
    if (key instanceof PrivateName pn) {
      privateFieldAdd(realm, receiver, pn, value);
    } else {
      ObjectOperations.createDataPropertyOrThrow(realm, receiver, key, value);
    }
  }

  // ------------------------------------------------------------------ private names

  static PrivateName newPrivateName(Object spec) {
    Object[] s = (Object[]) spec;
    return new PrivateName((String) s[0], (Integer) s[1], (Boolean) s[2]);
  }

  /** PrivateFieldAdd ( O, P, value ) */
  static void privateFieldAdd(Realm realm, JsObject o, PrivateName pn, Object value) {
    if (o.findOwnStoredForEngine(pn) != JsObject.NOT_FOUND) {
      throw Errors.typeError(realm, Msg.PRIVATE_ALREADY_PRESENT, "#" + pn.description);
    }
    o.addProperty(realm, pn, value, Attributes.WRITABLE);
  }

  /** PrivateGet ( O, P ) */
  static Object privateGet(Realm realm, Object obj, PrivateName pn) {
    if (!(obj instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.PRIVATE_NOT_PRESENT, "#" + pn.description);
    }
    if (pn.kind == PrivateName.FIELD) {
      Object v = o.findOwnStoredForEngine(pn);
      if (v == JsObject.NOT_FOUND) {
        throw Errors.typeError(realm, Msg.PRIVATE_NOT_PRESENT, "#" + pn.description);
      }
      return v;
    }
    if (pn.brand == null || o.findOwnStoredForEngine(pn.brand) == JsObject.NOT_FOUND) {
      throw Errors.typeError(realm, Msg.PRIVATE_NOT_PRESENT, "#" + pn.description);
    }
    if (pn.kind == PrivateName.METHOD) {
      return pn.method;
    }
    if (pn.getter == null) {
      throw Errors.typeError(realm, Msg.PRIVATE_SETTER_ONLY, "#" + pn.description);
    }
    return ((JsObject) pn.getter).call(o, JsObject.NO_ARGS);
  }

  /** PrivateSet ( O, P, value ) */
  static void privateSet(Realm realm, Object obj, PrivateName pn, Object value) {
    if (!(obj instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.PRIVATE_WRITE_NOT_PRESENT, "#" + pn.description);
    }
    if (pn.kind == PrivateName.FIELD) {
      if (!o.replaceOwnStoredForEngine(pn, value)) {
        throw Errors.typeError(realm, Msg.PRIVATE_WRITE_NOT_PRESENT, "#" + pn.description);
      }
      return;
    }
    if (pn.brand == null || o.findOwnStoredForEngine(pn.brand) == JsObject.NOT_FOUND) {
      throw Errors.typeError(realm, Msg.PRIVATE_WRITE_NOT_PRESENT, "#" + pn.description);
    }
    if (pn.kind == PrivateName.METHOD) {
      throw Errors.typeError(realm, Msg.PRIVATE_METHOD_WRITE, "#" + pn.description);
    }
    if (pn.setter == null) {
      throw Errors.typeError(realm, Msg.PRIVATE_GETTER_ONLY, "#" + pn.description);
    }
    ((JsObject) pn.setter).call(o, new Object[] {value});
  }

  /** #x in obj */
  static boolean privateIn(Realm realm, PrivateName pn, Object obj) {
    if (!(obj instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.IN_NOT_OBJECT, "#" + pn.description, Describe.value(obj));
    }
    if (pn.kind == PrivateName.FIELD) {
      return o.findOwnStoredForEngine(pn) != JsObject.NOT_FOUND;
    }
    return pn.brand != null && o.findOwnStoredForEngine(pn.brand) != JsObject.NOT_FOUND;
  }
}
