package dev.islet.builtins.structured;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinTemplate;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.objects.LazyProperties;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * The JSON object — https://tc39.es/ecma262/#sec-json-object, with JSON.rawJSON, JSON.isRawJSON
 * and the reviver's {@code context.source} of https://tc39.es/proposal-json-parse-with-source/
 * (test262 lists json-parse-with-source as standard).
 */
public final class JsonObject {
  private JsonObject() {}

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), PROPERTIES.in(realm)));
  }

  /** The properties, created in a realm one by one on first use. */
  private static final LazyProperties PROPERTIES = BuiltinTemplate.create()
      .method("isRawJSON", 1, JsonObject::isRawJSON)
      .method("parse", 2, JsonObject::parse)
      .method("rawJSON", 1, JsonObject::rawJSON)
      .method("stringify", 3, (r, t, a, nt) -> JsonStringifier.stringify(r, Args.get(a, 0), Args.get(a, 1), Args.get(a, 2)))
      .toStringTag("JSON")
      .build();

  /** %JSON.parse%(text) for hosts (parse JSON from bytes, Response.json()): the value, or a thrown SyntaxError. */
  public static Object parseText(Realm realm, String text) {
    return parse(realm, dev.islet.values.Undefined.INSTANCE, new Object[] {text}, null);
  }

  /** %JSON.stringify%(value) for hosts: a String, or undefined when the value has no JSON form. */
  public static Object stringifyValue(Realm realm, Object value) {
    return JsonStringifier.stringify(realm, value, dev.islet.values.Undefined.INSTANCE, dev.islet.values.Undefined.INSTANCE);
  }

  /** JSON.parse ( text [ , reviver ] ) */
  static Object parse(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String text = TypeConversion.toString(realm, Args.get(args, 0));
    Object reviver = Args.get(args, 1);
    boolean revive = reviver instanceof JsObject fn && fn.isCallable();
    JsonParser parser = new JsonParser(realm, text, revive);
    try {
      Object value = parser.parseText();
      if (!revive) {
        return value;
      }
      JsObject root = JsObject.ordinary(realm, realm.objectPrototype());
      ObjectOperations.createDataPropertyOrThrow(realm, root, "", value);
      return internalize(realm, root, parser.rootRecord(), (JsObject) reviver);
    } finally {
      realm.heap.releaseTransient(parser.held());
    }
  }

  /** One InternalizeJSONProperty call in progress: its holder and name, value, context and children. */
  private static final class Frame {
    final JsObject holder;
    final Object name;
    final Object val;
    final JsObject context;
    /** val as an object whose members are being revived, or null. */
    JsObject object;
    Object[] keys;
    long length;
    long index;
    ArrayList<JsonParser.ParseRecord> elementRecords;
    HashMap<Object, JsonParser.ParseRecord> entryRecords;

    Frame(JsObject holder, Object name, Object val, JsObject context) {
      this.holder = holder;
      this.name = name;
      this.val = val;
      this.context = context;
    }
  }

  /**
   * InternalizeJSONProperty ( holder, name, reviver, parseRecord ) —
   * https://tc39.es/proposal-json-parse-with-source/#sec-internalizejsonproperty — as a loop over an
   * explicit stack: a frame's members are revived first, then the reviver is called for the frame,
   * and its result replaces or deletes the member in the parent.
   */
  private static Object internalize(Realm realm, JsObject root, JsonParser.ParseRecord rootRecord, JsObject reviver) {
    ArrayList<Frame> stack = new ArrayList<>();
    stack.add(enter(realm, root, "", rootRecord));
    while (true) {
      Frame f = stack.get(stack.size() - 1);
      JsObject o = f.object;
      if (o != null && f.index < (f.keys == null ? f.length : f.keys.length)) {
        Object key;
        JsonParser.ParseRecord rec = null;
        if (f.keys == null) {
          long i = f.index++;
          key = PropertyKey.ofLong(i);
          if (f.elementRecords != null && i < f.elementRecords.size()) {
            rec = f.elementRecords.get((int) i);
          }
        } else {
          key = f.keys[(int) f.index++];
          if (f.entryRecords != null) {
            rec = f.entryRecords.get(key);
          }
        }
        realm.heap.charge(SizeEstimates.OBJECT);
        stack.add(enter(realm, o, key, rec));
        continue;
      }
      stack.remove(stack.size() - 1);
      Object result = reviver.call(f.holder, new Object[] {PropertyKey.toValue(f.name), f.val, f.context});
      if (stack.isEmpty()) {
        return result;
      }
      JsObject parent = stack.get(stack.size() - 1).object;
      if (result == Undefined.INSTANCE) {
        parent.delete(realm, f.name);
      } else {
        ObjectOperations.createDataProperty(realm, parent, f.name, result);
      }
    }
  }

  /** The steps of InternalizeJSONProperty before its members are revived. */
  private static Frame enter(Realm realm, JsObject holder, Object name, JsonParser.ParseRecord record) {
    realm.agent.budget.charge(1);
    Object val = holder.get(realm, name, holder);
    JsObject context = JsObject.ordinary(realm, realm.objectPrototype());
    Frame f = new Frame(holder, name, val, context);
    boolean unchanged = record != null && SameValue.sameValue(record.value, val);
    if (unchanged && !(val instanceof JsObject)) {
      ObjectOperations.createDataPropertyOrThrow(realm, context, "source", record.source);
    }
    if (val instanceof JsObject o) {
      f.object = o;
      if (ObjectOperations.isArray(realm, o)) {
        f.length = ObjectOperations.lengthOfArrayLike(realm, o);
        f.elementRecords = unchanged ? record.elements : null;
      } else {
        f.keys = ObjectOperations.enumerableOwnKeys(realm, o).toArray();
        f.entryRecords = unchanged ? record.entries : null;
      }
    }
    return f;
  }

  /** JSON.rawJSON ( text ) */
  static Object rawJSON(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String text = TypeConversion.toString(realm, Args.get(args, 0));
    if (text.isEmpty() || isJsonSpace(text.charAt(0)) || isJsonSpace(text.charAt(text.length() - 1))) {
      throw Errors.syntaxError(realm, Msg.JSON_RAW_INVALID, "it must not be empty or start or end with white space");
    }
    if (!JsonParser.isPrimitiveText(realm, text)) {
      throw Errors.syntaxError(realm, Msg.JSON_RAW_INVALID, "objects and arrays are not allowed");
    }
    return new RawJsonObject(realm, text);
  }

  private static boolean isJsonSpace(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == ' ';
  }

  /** JSON.isRawJSON ( O ) */
  static Object isRawJSON(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Args.get(args, 0) instanceof RawJsonObject;
  }
}
