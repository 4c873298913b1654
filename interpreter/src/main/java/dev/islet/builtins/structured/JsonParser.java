package dev.islet.builtins.structured;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.numconv.StringToNumber;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.Operators;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Parses a JSON text (ECMA-404) into JS values, as JSON.parse step 2 asks. The parser is
 * iterative: nesting lives on an explicit stack, so a deeply nested text costs heap (charged), not
 * Java stack. With {@code records} on, it also builds the JSON Parse Records the reviver needs for
 * {@code context.source} (https://tc39.es/proposal-json-parse-with-source/).
 */
final class JsonParser {
  /** A JSON Parse Record: the parsed value, its source (primitives) and the records of its members. */
  static final class ParseRecord {
    final Object value;
    /** The source text of a primitive; null for arrays and objects. */
    final String source;
    /** Array elements, in order; null unless an array. */
    ArrayList<ParseRecord> elements;
    /** Object members by property key (the last of duplicates wins); null unless an object. */
    HashMap<Object, ParseRecord> entries;

    ParseRecord(Object value, String source) {
      this.value = value;
      this.source = source;
    }
  }

  /** An array or object being filled. */
  private static final class Container {
    final JsObject object;
    final ArrayList<Object> elements;
    final ParseRecord record;
    Object pendingKey;

    Container(JsObject object, ArrayList<Object> elements, ParseRecord record) {
      this.object = object;
      this.elements = elements;
      this.record = record;
    }
  }

  private final Realm realm;
  private final String text;
  private final boolean records;
  private int pos;
  /** The record of the value completed last (when {@code records}). */
  private ParseRecord lastRecord;
  private long held;

  /**
   * A parser of {@code text}; with {@code records} it also builds the parse records. What it
   * builds is charged as transient heap (the live-set meter cannot see a structure under
   * construction): the caller returns it with {@code realm.heap.releaseTransient(held())} once
   * the result is reachable or dropped.
   */
  JsonParser(Realm realm, String text, boolean records) {
    this.realm = realm;
    this.text = text;
    this.records = records;
  }

  /** The root's parse record after {@link #parseText} (with records on). */
  ParseRecord rootRecord() {
    return lastRecord;
  }

  /** The transient bytes charged so far. */
  long held() {
    return held;
  }

  private void hold(long bytes) {
    realm.heap.chargeTransient(bytes);
    held += bytes;
  }

  /** True if {@code text} is one JSON primitive value (JSON.rawJSON's check), with no surrounding space. */
  static boolean isPrimitiveText(Realm realm, String text) {
    char c = text.charAt(0);
    if (c == '{' || c == '[') {
      return false;
    }
    JsonParser p = new JsonParser(realm, text, false);
    try {
      p.parseText();
    } finally {
      realm.heap.releaseTransient(p.held);
    }
    return true;
  }

  /** Parses the text; throws a SyntaxError if it is not a JSON text. */
  Object parseText() {
    realm.agent.budget.charge(1 + (text.length() >> 4));
    ArrayList<Container> stack = new ArrayList<>();
    Object value;
    while (true) {
      skipWhiteSpace();
      int start = pos;
      char c = peek();
      if (c == '{' || c == '[') {
        pos++;
        hold(SizeEstimates.OBJECT);
        ParseRecord rec = records ? new ParseRecord(null, null) : null;
        Container k;
        if (c == '{') {
          k = new Container(JsObject.ordinary(realm, realm.objectPrototype()), null, rec);
          if (rec != null) {
            rec.entries = new HashMap<>();
          }
        } else {
          k = new Container(null, new ArrayList<>(), rec);
          if (rec != null) {
            rec.elements = new ArrayList<>();
          }
        }
        stack.add(k);
        skipWhiteSpace();
        if (c == '{' ? peek() == '}' : peek() == ']') {
          pos++;
          stack.remove(stack.size() - 1);
          value = finish(k);
        } else {
          if (c == '{') {
            k.pendingKey = memberName();
          }
          continue;
        }
      } else {
        value = primitive(c);
        if (records) {
          lastRecord = new ParseRecord(value, text.substring(start, pos));
        }
      }
      // The value is complete: add it to its container, and close containers that end here.
      while (true) {
        if (stack.isEmpty()) {
          skipWhiteSpace();
          if (pos < text.length()) {
            throw unexpected();
          }
          return value;
        }
        Container k = stack.get(stack.size() - 1);
        add(k, value);
        skipWhiteSpace();
        char d = peek();
        if (d == ',') {
          pos++;
          if (k.elements == null) {
            skipWhiteSpace();
            k.pendingKey = memberName();
          }
          break;
        }
        if (d != (k.elements == null ? '}' : ']')) {
          throw unexpected();
        }
        pos++;
        stack.remove(stack.size() - 1);
        value = finish(k);
      }
    }
  }

  private void add(Container k, Object value) {
    realm.agent.budget.charge(1);
    hold(records ? 4L * SizeEstimates.REFERENCE + SizeEstimates.OBJECT : 4L * SizeEstimates.REFERENCE);
    if (k.elements != null) {
      k.elements.add(value);
      if (records) {
        k.record.elements.add(lastRecord);
      }
    } else {
      JsObject o = k.object;
      if (o.findOwnStoredForEngine(k.pendingKey) == JsObject.NOT_FOUND) {
        o.defineDirect(realm, k.pendingKey, value, Attributes.DEFAULT); // a new key of a fresh plain object
      } else {
        ObjectOperations.createDataProperty(realm, o, k.pendingKey, value); // a duplicate name: the last wins
      }
      if (records) {
        k.record.entries.put(k.pendingKey, lastRecord);
      }
    }
  }

  private Object finish(Container k) {
    JsObject result = k.elements == null ? k.object : ArrayObject.fromList(realm, k.elements.toArray(), k.elements.size());
    if (records) {
      lastRecord = new ParseRecord(result, null);
      lastRecord.elements = k.record.elements;
      lastRecord.entries = k.record.entries;
    }
    return result;
  }

  /** A member's name and the colon after it; returns the canonical property key. */
  private Object memberName() {
    if (peek() != '"') {
      throw unexpected();
    }
    String name = string();
    skipWhiteSpace();
    if (peek() != ':') {
      throw unexpected();
    }
    pos++;
    return PropertyKey.ofString(name);
  }

  private Object primitive(char c) {
    switch (c) {
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", Null.INSTANCE);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw unexpected();
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw unexpected();
    }
    pos += word.length();
    return value;
  }

  /** number = [ minus ] int [ frac ] [ exp ] */
  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    char c = peek();
    if (c == '0') {
      pos++;
    } else if (c >= '1' && c <= '9') {
      digits();
    } else {
      throw unexpected();
    }
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      integral = false;
      requireDigits();
    }
    c = peek();
    if (c == 'e' || c == 'E') {
      pos++;
      integral = false;
      c = peek();
      if (c == '+' || c == '-') {
        pos++;
      }
      requireDigits();
    }
    int len = pos - start;
    if (integral && len <= 9) {
      int v = Integer.parseInt(text, start, pos, 10);
      return v == 0 && text.charAt(start) == '-' ? (Object) (-0.0) : (Object) v;
    }
    return Operators.number(StringToNumber.stringToNumber(text.substring(start, pos)));
  }

  private void requireDigits() {
    char c = peek();
    if (c < '0' || c > '9') {
      throw unexpected();
    }
    digits();
  }

  private void digits() {
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (c < '0' || c > '9') {
        return;
      }
      pos++;
    }
  }

  /** A string at pos (which is a quote); returns its value. */
  private String string() {
    int start = ++pos;
    int n = text.length();
    // Fast path: no escapes.
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == '"') {
        hold(SizeEstimates.string(pos - start));
        return text.substring(start, pos++);
      }
      if (c == '\\') {
        break;
      }
      if (c < 0x20) {
        throw unexpected();
      }
      pos++;
    }
    StringBuilder sb = new StringBuilder(pos - start + 16);
    sb.append(text, start, pos);
    while (true) {
      if (pos >= n) {
        throw unexpected();
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        hold(SizeEstimates.string(sb.length()));
        return sb.toString();
      }
      if (c < 0x20) {
        throw unexpected();
      }
      if (c != '\\') {
        sb.append(c);
        pos++;
        continue;
      }
      pos++;
      char e = peek();
      pos++;
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> sb.append(hex4());
        default -> {
          pos--;
          throw unexpected();
        }
      }
    }
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      pos = text.length();
      throw unexpected();
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos), 16);
      if (d < 0 || text.charAt(pos) > 'f') {
        throw unexpected();
      }
      v = (v << 4) | d;
      pos++;
    }
    return (char) v;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhiteSpace() {
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private RuntimeException unexpected() {
    if (pos >= text.length()) {
      return Errors.syntaxError(realm, Msg.JSON_PARSE, "Unexpected end of JSON input");
    }
    char c = text.charAt(pos);
    String shown = c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    return Errors.syntaxError(realm, Msg.JSON_PARSE, "Unexpected token '" + shown + "' in JSON at position " + pos);
  }
}
