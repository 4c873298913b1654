package dev.islet.runtime.webapi.console;

import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.realm.Realm;
import java.util.List;

/**
 * How {@link Inspector} shows an error, after Node's {@code formatError}: its stack ("Name: message" and
 * the {@code at} lines of the JS stack), or {@code [Name: message]} when it has no frames; a subclass
 * named by its constructor ({@code MyError: …}); {@code cause} and AggregateError's {@code errors} listed
 * with the other keys.
 */
final class ErrorFormat {
  private ErrorFormat() {}

  /**
   * The error's text, indented for the current level; adjusts {@code keys} (drops name/message that the
   * text already shows, adds {@code cause} and {@code errors}).
   */
  static String format(Realm realm, JsObject err, String constructor, String tag, List<Object> keys, int indentation) {
    String name = ObjectReads.dataString(realm, err, "name");
    if (name == null) {
      name = "Error";
    }
    String message = ObjectReads.dataString(realm, err, "message");
    String stack = stackOf(err, name, message);
    for (String k : new String[] {"name", "message", "stack"}) {
      String v = ObjectReads.ownString(realm, err, k);
      if (keys.contains(k) && v != null && stack.contains(v)) {
        keys.remove(k);
      }
    }
    if (ObjectReads.data(realm, err, "cause") != null || hasOwn(realm, err, "cause")) {
      if (!keys.contains("cause")) {
        keys.add("cause");
      }
    }
    PropertyDescriptor errors = ObjectReads.own(realm, err, "errors");
    if (errors != null && errors.isDataDescriptor() && errors.value() instanceof dev.islet.objects.ArrayObject
        && !keys.contains("errors")) {
      keys.add("errors");
    }
    stack = improveStack(stack, constructor, name, tag);
    int pos = message != null && !message.isEmpty() ? stack.indexOf(message) : -1;
    if (pos != -1) {
      pos += message.length();
    }
    if (stack.indexOf("\n    at", Math.max(pos, 0)) == -1) {
      stack = "[" + stack + "]";
    }
    if (indentation != 0) {
      stack = stack.replace("\n", "\n" + " ".repeat(indentation));
    }
    return stack;
  }

  private static boolean hasOwn(Realm realm, JsObject o, String key) {
    return ObjectReads.own(realm, o, key) != null;
  }

  /** What {@code err.stack} is in V8: the error's toString and its frames. */
  private static String stackOf(JsObject err, String name, String message) {
    String head = message == null || message.isEmpty() ? name : name.isEmpty() ? message : name + ": " + message;
    String frames = err instanceof ErrorObject e ? e.stackFrames() : "";
    return frames.isEmpty() ? head : head + "\n" + frames;
  }

  /** Names the error by its constructor when its name does not (Node's improveStack). */
  private static String improveStack(String stack, String constructor, String name, String tag) {
    int len = name.length();
    boolean regular = name.endsWith("Error") && stack.startsWith(name)
        && (stack.length() == len || stack.charAt(len) == ':' || stack.charAt(len) == '\n');
    if (constructor != null && !regular) {
      return stack;
    }
    String fallback = "Error";
    if (constructor == null) {
      int end = 0;
      while (end < stack.length() && stack.charAt(end) != ':' && stack.charAt(end) != '\n') {
        end++;
      }
      String start = stack.substring(0, end);
      fallback = start.isEmpty() || !Character.isUpperCase(start.charAt(0)) ? "" : start;
      len = fallback.length();
      if (fallback.isEmpty()) {
        fallback = "Error";
      }
    }
    String prefix = Inspector.prefix(constructor, tag, fallback, "");
    prefix = prefix.substring(0, prefix.length() - 1);
    if (name.equals(prefix)) {
      return stack;
    }
    if (prefix.contains(name)) {
      return len == 0 ? prefix + ": " + stack : prefix + stack.substring(len);
    }
    return prefix + " [" + name + "]" + stack.substring(len);
  }
}
