package dev.islet.runtime.webapi.url;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.PairIterable;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/** The {@code URLSearchParams} interface — https://url.spec.whatwg.org/#interface-urlsearchparams. */
public final class SearchParamsClass {
  private SearchParamsClass() {}

  /** A URLSearchParams object: its list of name-value pairs and the URL object it belongs to (or null). */
  public static final class SearchParamsObject extends HostObject {
    List<String[]> list = new ArrayList<>();
    UrlClass.UrlObject urlObject;

    SearchParamsObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    /** The pairs, for hosts that read a body or a URL (a copy). */
    public List<String[]> pairs() {
      return new ArrayList<>(list);
    }

    @Override
    public String className() {
      return "URLSearchParams";
    }

    @Override
    public long estimatedSize() {
      long size = super.estimatedSize() + SizeEstimates.refArray(list.size());
      for (String[] p : list) {
        size += SizeEstimates.string(p[0].length()) + SizeEstimates.string(p[1].length());
      }
      return size;
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(urlObject);
    }
  }

  private static final PairIterable<SearchParamsObject> PAIRS = new PairIterable<>() {
    @Override
    public int size(Realm realm, SearchParamsObject self) {
      return self.list.size();
    }

    @Override
    public Object key(Realm realm, SearchParamsObject self, int i) {
      return self.list.get(i)[0];
    }

    @Override
    public Object value(Realm realm, SearchParamsObject self, int i) {
      return self.list.get(i)[1];
    }
  };

  public static final HostClass<SearchParamsObject> URL_SEARCH_PARAMS =
      HostClass.builder("URLSearchParams", SearchParamsObject.class)
          .constructor(0, SearchParamsClass::construct)
          .getter("size", (realm, self) -> self.list.size())
          .method("append", 2, (realm, self, args) -> {
            String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 2, "append"));
            String value = WebIdl.toUSVString(realm, arg(realm, args, 1, 2, "append"));
            add(realm, self, name, value);
            update(self);
            return Undefined.INSTANCE;
          })
          .method("delete", 1, (realm, self, args) -> {
            String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "delete"));
            String value = args.length > 1 && args[1] != Undefined.INSTANCE ? WebIdl.toUSVString(realm, args[1]) : null;
            self.list.removeIf(p -> p[0].equals(name) && (value == null || p[1].equals(value)));
            update(self);
            return Undefined.INSTANCE;
          })
          .method("get", 1, (realm, self, args) -> {
            String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "get"));
            for (String[] p : self.list) {
              if (p[0].equals(name)) {
                return p[1];
              }
            }
            return Null.INSTANCE;
          })
          .method("getAll", 1, (realm, self, args) -> {
            String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "getAll"));
            List<Object> values = new ArrayList<>();
            for (String[] p : self.list) {
              if (p[0].equals(name)) {
                values.add(p[1]);
              }
            }
            return ObjectOperations.createArrayFromList(realm, values.toArray());
          })
          .method("has", 1, (realm, self, args) -> {
            String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "has"));
            String value = args.length > 1 && args[1] != Undefined.INSTANCE ? WebIdl.toUSVString(realm, args[1]) : null;
            for (String[] p : self.list) {
              if (p[0].equals(name) && (value == null || p[1].equals(value))) {
                return true;
              }
            }
            return false;
          })
          .method("set", 2, (realm, self, args) -> {
            String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 2, "set"));
            String value = WebIdl.toUSVString(realm, arg(realm, args, 1, 2, "set"));
            boolean found = false;
            for (int i = 0; i < self.list.size(); ) {
              String[] p = self.list.get(i);
              if (p[0].equals(name)) {
                if (!found) {
                  p[1] = value;
                  found = true;
                  i++;
                } else {
                  self.list.remove(i);
                }
              } else {
                i++;
              }
            }
            if (!found) {
              add(realm, self, name, value);
            }
            update(self);
            return Undefined.INSTANCE;
          })
          .method("sort", 0, (realm, self, args) -> {
            realm.agent.budget.charge(self.list.size());
            // A stable sort by name, comparing code units (String.compareTo does).
            self.list.sort((a, b) -> a[0].compareTo(b[0]));
            update(self);
            return Undefined.INSTANCE;
          })
          .method("toString", 0, (realm, self, args) -> serialize(realm, self))
          .pairIterable(PAIRS)
          .build();

  private static Object arg(Realm realm, Object[] args, int i, int required, String method) {
    if (args.length < required) {
      throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on 'URLSearchParams': " + required
          + " argument" + (required == 1 ? "" : "s") + " required, but only " + args.length + " present.");
    }
    return args[i];
  }

  private static void add(Realm realm, SearchParamsObject self, String name, String value) {
    realm.heap.charge(SizeEstimates.string(name.length()) + SizeEstimates.string(value.length()) + SizeEstimates.REFERENCE);
    self.list.add(new String[] {name, value});
  }

  static String serialize(Realm realm, SearchParamsObject self) {
    realm.agent.budget.charge(1 + self.list.size());
    return FormUrlEncoded.serialize(self.list);
  }

  /** https://url.spec.whatwg.org/#concept-urlsearchparams-update */
  private static void update(SearchParamsObject self) {
    UrlClass.UrlObject u = self.urlObject;
    if (u == null) {
      return;
    }
    String serialized = FormUrlEncoded.serialize(self.list);
    u.url.query = serialized.isEmpty() ? null : serialized;
    if (serialized.isEmpty()) {
      UrlClass.stripTrailingSpacesFromOpaquePath(u.url);
    }
  }

  /** new URLSearchParams(init) — https://url.spec.whatwg.org/#dom-urlsearchparams-urlsearchparams */
  private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    SearchParamsObject self = new SearchParamsObject(realm, URL_SEARCH_PARAMS.prototypeFor(realm, newTarget));
    Object init = args.length > 0 ? args[0] : Undefined.INSTANCE;
    if (init == Undefined.INSTANCE) {
      return self;
    }
    if (init instanceof JsObject o) {
      Object method = ObjectOperations.getMethod(realm, o, Symbol.ITERATOR);
      if (method != Undefined.INSTANCE) {
        for (Object pair : WebIdl.sequenceFromMethod(realm, o, method)) {
          List<Object> items = WebIdl.toSequence(realm, pair, "Failed to construct 'URLSearchParams'");
          if (items.size() != 2) {
            throw HostErrors.typeError(realm, "Failed to construct 'URLSearchParams': a pair has " + items.size()
                + " elements instead of 2");
          }
          add(realm, self, WebIdl.toUSVString(realm, items.get(0)), WebIdl.toUSVString(realm, items.get(1)));
        }
      } else {
        // record<USVString, USVString>: keys that become equal as USVStrings are one entry (first place, last value).
        java.util.LinkedHashMap<String, String> record = new java.util.LinkedHashMap<>();
        for (Object[] entry : WebIdl.toRecord(realm, o, (r, k) -> WebIdl.toUSVString(r, k), (r, v) -> WebIdl.toUSVString(r, v))) {
          record.put((String) entry[0], (String) entry[1]);
        }
        for (java.util.Map.Entry<String, String> e : record.entrySet()) {
          add(realm, self, e.getKey(), e.getValue());
        }
      }
      return self;
    }
    String s = WebIdl.toUSVString(realm, init);
    if (!s.isEmpty() && s.charAt(0) == '?') {
      s = s.substring(1);
    }
    realm.agent.budget.charge(1 + s.length() / 4);
    for (String[] p : FormUrlEncoded.parse(s)) {
      add(realm, self, p[0], p[1]);
    }
    return self;
  }
}
