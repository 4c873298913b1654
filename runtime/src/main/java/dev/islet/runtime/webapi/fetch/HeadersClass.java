package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.PairIterable;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Headers} interface — https://fetch.spec.whatwg.org/#headers-class.
 *
 * <p>Workers are servers, not browsers: there are no forbidden request or response header names
 * (a worker proxies {@code Cookie} and sets {@code Set-Cookie}), as in workerd. The guards that
 * remain are "immutable" and "request-no-cors".
 */
public final class HeadersClass {
  private HeadersClass() {}

  /** The guard of a Headers object — https://fetch.spec.whatwg.org/#concept-headers-guard */
  public enum Guard { NONE, REQUEST, REQUEST_NO_CORS, RESPONSE, IMMUTABLE }

  /** A Headers object: its header list (shared with its Request or Response) and guard. */
  public static final class HeadersObject extends HostObject {
    HeaderList list;
    Guard guard;

    HeadersObject(Realm realm, JsObject proto, HeaderList list, Guard guard) {
      super(realm, proto);
      this.list = list;
      this.guard = guard;
    }

    public HeaderList list() {
      return list;
    }

    public Guard guard() {
      return guard;
    }

    @Override
    public String className() {
      return "Headers";
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + list.estimatedBytes();
    }
  }

  private static final PairIterable<HeadersObject> PAIRS = new PairIterable<>() {
    @Override
    public int size(Realm realm, HeadersObject self) {
      return self.list.sortAndCombine().size();
    }

    @Override
    public Object key(Realm realm, HeadersObject self, int i) {
      return self.list.sortAndCombine().get(i)[0];
    }

    @Override
    public Object value(Realm realm, HeadersObject self, int i) {
      return self.list.sortAndCombine().get(i)[1];
    }
  };

  public static final HostClass<HeadersObject> HEADERS = HostClass.builder("Headers", HeadersObject.class)
      .constructor(0, (realm, args, newTarget) -> {
        HeadersObject h = new HeadersObject(realm, HeadersClass.HEADERS.prototypeFor(realm, newTarget), new HeaderList(), Guard.NONE);
        Object init = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (init != Undefined.INSTANCE) {
          fill(realm, h, init);
        }
        return h;
      })
      .method("append", 2, (realm, self, args) -> {
        requireArgs(realm, args, 2, "append");
        append(realm, self, WebIdl.toByteString(realm, args[0], "Headers.append"),
            WebIdl.toByteString(realm, args[1], "Headers.append"));
        return Undefined.INSTANCE;
      })
      .method("delete", 1, (realm, self, args) -> {
        requireArgs(realm, args, 1, "delete");
        String name = validName(realm, WebIdl.toByteString(realm, args[0], "Headers.delete"));
        if (self.guard == Guard.IMMUTABLE) {
          throw HostErrors.typeError(realm, "Headers.delete: the headers are immutable");
        }
        if (self.guard == Guard.REQUEST_NO_CORS && !CorsSafelist.isNoCorsSafelistedName(name)) {
          return Undefined.INSTANCE;
        }
        if (self.list.contains(name)) {
          self.list.delete(name);
          if (self.guard == Guard.REQUEST_NO_CORS) {
            CorsSafelist.removePrivilegedNoCorsHeaders(self.list);
          }
        }
        return Undefined.INSTANCE;
      })
      .method("get", 1, (realm, self, args) -> {
        requireArgs(realm, args, 1, "get");
        String v = self.list.get(validName(realm, WebIdl.toByteString(realm, args[0], "Headers.get")));
        return v == null ? Null.INSTANCE : v;
      })
      .method("getSetCookie", 0, (realm, self, args) ->
          ObjectOperations.createArrayFromList(realm, self.list.getAll("set-cookie").toArray()))
      .method("has", 1, (realm, self, args) -> {
        requireArgs(realm, args, 1, "has");
        return self.list.contains(validName(realm, WebIdl.toByteString(realm, args[0], "Headers.has")));
      })
      .method("set", 2, (realm, self, args) -> {
        requireArgs(realm, args, 2, "set");
        String name = validName(realm, WebIdl.toByteString(realm, args[0], "Headers.set"));
        String value = HeaderList.normalize(WebIdl.toByteString(realm, args[1], "Headers.set"));
        validValue(realm, name, value);
        if (self.guard == Guard.IMMUTABLE) {
          throw HostErrors.typeError(realm, "Headers.set: the headers are immutable");
        }
        if (self.guard == Guard.REQUEST_NO_CORS && !CorsSafelist.isSafelisted(name, value)) {
          return Undefined.INSTANCE;
        }
        charge(realm, name, value);
        self.list.set(name, value);
        if (self.guard == Guard.REQUEST_NO_CORS) {
          CorsSafelist.removePrivilegedNoCorsHeaders(self.list);
        }
        return Undefined.INSTANCE;
      })
      .pairIterable(PAIRS)
      .build();

  /** A new Headers object of {@code realm} over {@code list} (shared, not copied). */
  public static HeadersObject create(Realm realm, HeaderList list, Guard guard) {
    return new HeadersObject(realm, HEADERS.prototype(realm), list, guard);
  }

  private static void requireArgs(Realm realm, Object[] args, int n, String method) {
    if (args.length < n) {
      throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on 'Headers': " + n + " argument"
          + (n == 1 ? "" : "s") + " required, but only " + args.length + " present.");
    }
  }

  private static String validName(Realm realm, String name) {
    if (!HeaderList.isValidName(name)) {
      throw HostErrors.typeError(realm, "Invalid header name: " + WebIdl.quote(name));
    }
    return name;
  }

  private static void validValue(Realm realm, String name, String value) {
    if (!HeaderList.isValidValue(value)) {
      throw HostErrors.typeError(realm, "Invalid value of header " + WebIdl.quote(name) + ": " + WebIdl.quote(value));
    }
  }

  private static void charge(Realm realm, String name, String value) {
    realm.heap.charge(56 + name.length() + value.length());
  }

  /** Append — https://fetch.spec.whatwg.org/#concept-headers-append */
  static void append(Realm realm, HeadersObject h, String name, String value) {
    value = HeaderList.normalize(value);
    validName(realm, name);
    validValue(realm, name, value);
    if (h.guard == Guard.IMMUTABLE) {
      throw HostErrors.typeError(realm, "Headers.append: the headers are immutable");
    }
    if (h.guard == Guard.REQUEST_NO_CORS) {
      String existing = h.list.get(name);
      String combined = existing == null ? value : existing + ", " + value;
      if (!CorsSafelist.isSafelisted(name, combined)) {
        return;
      }
    }
    charge(realm, name, value);
    h.list.append(name, value);
    if (h.guard == Guard.REQUEST_NO_CORS) {
      CorsSafelist.removePrivilegedNoCorsHeaders(h.list);
    }
  }

  /** Fill — https://fetch.spec.whatwg.org/#concept-headers-fill: from a HeadersInit (sequence of pairs or record). */
  static void fill(Realm realm, HeadersObject h, Object init) {
    if (!(init instanceof JsObject o)) {
      throw HostErrors.typeError(realm, "Failed to construct 'Headers': the init argument is not an object");
    }
    Object method = ObjectOperations.getMethod(realm, o, Symbol.ITERATOR);
    if (method != Undefined.INSTANCE) {
      for (Object pair : WebIdl.sequenceFromMethod(realm, o, method)) {
        List<Object> items = WebIdl.toSequence(realm, pair, "Failed to construct 'Headers'");
        if (items.size() != 2) {
          throw HostErrors.typeError(realm, "Failed to construct 'Headers': a header pair has " + items.size()
              + " elements instead of 2");
        }
        append(realm, h, WebIdl.toByteString(realm, items.get(0), "Headers"), WebIdl.toByteString(realm, items.get(1), "Headers"));
      }
      return;
    }
    List<Object[]> record = WebIdl.toRecord(realm, o, (r, k) -> WebIdl.toByteString(r, k, "Headers"),
        (r, v) -> WebIdl.toByteString(r, v, "Headers"));
    for (Object[] entry : record) {
      append(realm, h, (String) entry[0], (String) entry[1]);
    }
  }

  /** CORS-safelisted request-headers — https://fetch.spec.whatwg.org/#cors-safelisted-request-header */
  static final class CorsSafelist {
    private CorsSafelist() {}

    static boolean isNoCorsSafelistedName(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "accept", "accept-language", "content-language", "content-type" -> true;
        default -> false;
      };
    }

    static boolean isSafelisted(String name, String value) {
      if (value.length() > 128) {
        return false;
      }
      switch (name.toLowerCase(Locale.ROOT)) {
        case "accept":
          return !hasUnsafeByte(value, false);
        case "accept-language":
        case "content-language":
          for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || " *,-.;=".indexOf(c) >= 0)) {
              return false;
            }
          }
          return true;
        case "content-type": {
          if (hasUnsafeByte(value, false)) {
            return false;
          }
          String essence = MimeType.essenceOf(value);
          return essence != null && (essence.equals("application/x-www-form-urlencoded")
              || essence.equals("multipart/form-data") || essence.equals("text/plain"));
        }
        case "range":
          return value.matches("bytes=[0-9]+-[0-9]*") && isValidRange(value);
        default:
          return false;
      }
    }

    private static boolean isValidRange(String value) {
      String[] parts = value.substring(6).split("-", -1);
      if (parts[1].isEmpty()) {
        return true;
      }
      try {
        return Long.parseLong(parts[0]) <= Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        return false;
      }
    }

    /** https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte */
    private static boolean hasUnsafeByte(String value, boolean unused) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 && c != '\t' || "\"():<>?@[\\]{}".indexOf(c) >= 0 || c == 0x7F) {
          return true;
        }
      }
      return false;
    }

    /** https://fetch.spec.whatwg.org/#concept-headers-remove-privileged-no-cors-request-headers */
    static void removePrivilegedNoCorsHeaders(HeaderList list) {
      if (list.contains("range")) {
        list.delete("range");
      }
    }
  }
}
