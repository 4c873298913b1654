package dev.islet.runtime.webapi.url;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** The {@code URL} interface — https://url.spec.whatwg.org/#url-class. */
public final class UrlClass {
  private UrlClass() {}

  /** A URL object: its URL record and its (lazily created) URLSearchParams. */
  public static final class UrlObject extends HostObject {
    UrlRecord url;
    SearchParamsClass.SearchParamsObject searchParams;

    UrlObject(Realm realm, JsObject proto, UrlRecord url) {
      super(realm, proto);
      this.url = url;
      realm.heap.charge(size(url));
    }

    public UrlRecord record() {
      return url;
    }

    @Override
    public String className() {
      return "URL";
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + size(url);
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(searchParams);
    }

    private static long size(UrlRecord u) {
      return SizeEstimates.OBJECT * 2 + SizeEstimates.string(u.serialize(false).length());
    }
  }

  public static final HostClass<UrlObject> URL = HostClass.builder("URL", UrlObject.class)
      .constructor(1, UrlClass::construct)
      .staticMethod("parse", 1, (realm, t, args, nt) -> {
        UrlRecord u = parseArgs(realm, args, false);
        return u == null ? Null.INSTANCE : new UrlObject(realm, UrlClass.URL.prototype(realm), u);
      })
      .staticMethod("canParse", 1, (realm, t, args, nt) -> parseArgs(realm, args, false) != null)
      .accessor("href", (realm, self) -> self.url.serialize(false), UrlClass::setHref)
      .getter("origin", (realm, self) -> self.url.origin())
      .accessor("protocol", (realm, self) -> self.url.scheme + ":", (realm, self, v) -> {
        UrlParser.parseWithOverride(WebIdl.toUSVString(realm, v) + ":", self.url, UrlParser.SCHEME_START);
      })
      .accessor("username", (realm, self) -> self.url.username, (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (!self.url.cannotHaveUsernamePasswordPort()) {
          self.url.username = PercentEncoding.encode(s, PercentEncoding.EncodeSet.USERINFO);
        }
      })
      .accessor("password", (realm, self) -> self.url.password, (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (!self.url.cannotHaveUsernamePasswordPort()) {
          self.url.password = PercentEncoding.encode(s, PercentEncoding.EncodeSet.USERINFO);
        }
      })
      .accessor("host", (realm, self) -> {
        UrlRecord u = self.url;
        return u.host == null ? "" : u.port < 0 ? u.host : u.host + ":" + u.port;
      }, (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (!self.url.hasOpaquePath()) {
          parseInPlace(self, s, UrlParser.HOST);
        }
      })
      .accessor("hostname", (realm, self) -> self.url.host == null ? "" : self.url.host, (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (!self.url.hasOpaquePath()) {
          parseInPlace(self, s, UrlParser.HOSTNAME);
        }
      })
      .accessor("port", (realm, self) -> self.url.port < 0 ? "" : Integer.toString(self.url.port), (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (self.url.cannotHaveUsernamePasswordPort()) {
          return;
        }
        if (s.isEmpty()) {
          self.url.port = -1;
        } else {
          parseInPlace(self, s, UrlParser.PORT);
        }
      })
      .accessor("pathname", (realm, self) -> self.url.serializePath(), (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (self.url.hasOpaquePath()) {
          return;
        }
        self.url.path.clear();
        chargeParse(realm, s);
        UrlParser.parseWithOverride(s, self.url, UrlParser.PATH_START);
      })
      .accessor("search", (realm, self) -> {
        String q = self.url.query;
        return q == null || q.isEmpty() ? "" : "?" + q;
      }, UrlClass::setSearch)
      .getter("searchParams", (realm, self) -> searchParams(realm, self))
      .accessor("hash", (realm, self) -> {
        String f = self.url.fragment;
        return f == null || f.isEmpty() ? "" : "#" + f;
      }, (realm, self, v) -> {
        String s = WebIdl.toUSVString(realm, v);
        if (s.isEmpty()) {
          self.url.fragment = null;
          stripTrailingSpacesFromOpaquePath(self.url);
          return;
        }
        String input = s.charAt(0) == '#' ? s.substring(1) : s;
        self.url.fragment = "";
        chargeParse(realm, input);
        UrlParser.parseWithOverride(input, self.url, UrlParser.FRAGMENT);
      })
      .method("toJSON", 0, (realm, self, args) -> self.url.serialize(false))
      .method("toString", 0, (realm, self, args) -> self.url.serialize(false))
      .build();

  /** new URL(url, base) — https://url.spec.whatwg.org/#dom-url-url */
  private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    UrlRecord u = parseArgs(realm, args, true);
    return new UrlObject(realm, URL.prototypeFor(realm, newTarget), u);
  }

  /**
   * The API URL parser ( url, base ): the record, or (URL.parse, URL.canParse) null for failure, or
   * (the constructor, {@code throwing}) a TypeError naming the input.
   */
  private static UrlRecord parseArgs(Realm realm, Object[] args, boolean throwing) {
    String input = WebIdl.toUSVString(realm, args.length > 0 ? args[0] : Undefined.INSTANCE);
    UrlRecord base = null;
    if (args.length > 1 && args[1] != Undefined.INSTANCE) {
      String baseText = WebIdl.toUSVString(realm, args[1]);
      chargeParse(realm, baseText);
      base = UrlParser.parse(baseText, null);
      if (base == null) {
        if (throwing) {
          throw HostErrors.typeError(realm, "Failed to construct 'URL': Invalid base URL: " + WebIdl.quote(baseText));
        }
        return null;
      }
    }
    chargeParse(realm, input);
    UrlRecord u = UrlParser.parse(input, base);
    if (u == null && throwing) {
      throw HostErrors.typeError(realm, "Failed to construct 'URL': Invalid URL: " + WebIdl.quote(input));
    }
    return u;
  }

  /** Parsing costs CPU in proportion to the input. */
  static void chargeParse(Realm realm, String input) {
    realm.agent.budget.charge(1 + (input.length() >> 2));
  }

  private static void setHref(Realm realm, UrlObject self, Object v) {
    String s = WebIdl.toUSVString(realm, v);
    chargeParse(realm, s);
    UrlRecord u = UrlParser.parse(s, null);
    if (u == null) {
      throw HostErrors.typeError(realm, "Failed to set 'href' on 'URL': Invalid URL: " + WebIdl.quote(s));
    }
    self.url = u;
    if (self.searchParams != null) {
      self.searchParams.list = FormUrlEncoded.parse(u.query == null ? "" : u.query);
    }
  }

  private static void setSearch(Realm realm, UrlObject self, Object v) {
    String s = WebIdl.toUSVString(realm, v);
    if (s.isEmpty()) {
      self.url.query = null;
      if (self.searchParams != null) {
        self.searchParams.list.clear();
      }
      stripTrailingSpacesFromOpaquePath(self.url);
      return;
    }
    String input = s.charAt(0) == '?' ? s.substring(1) : s;
    self.url.query = "";
    chargeParse(realm, input);
    UrlParser.parseWithOverride(input, self.url, UrlParser.QUERY);
    if (self.searchParams != null) {
      self.searchParams.list = FormUrlEncoded.parse(input);
    }
  }

  /** Runs a setter's state-override parse on the URL itself (a failure keeps what was set before it, as the spec does). */
  private static void parseInPlace(UrlObject self, String input, int state) {
    UrlParser.parseWithOverride(input, self.url, state);
  }

  /** https://url.spec.whatwg.org/#potentially-strip-trailing-spaces-from-an-opaque-path */
  static void stripTrailingSpacesFromOpaquePath(UrlRecord u) {
    if (!u.hasOpaquePath() || u.fragment != null || u.query != null) {
      return;
    }
    String p = u.opaquePath;
    int end = p.length();
    while (end > 0 && p.charAt(end - 1) == ' ') {
      end--;
    }
    u.opaquePath = p.substring(0, end);
  }

  static SearchParamsClass.SearchParamsObject searchParams(Realm realm, UrlObject self) {
    if (self.searchParams == null) {
      SearchParamsClass.SearchParamsObject p = new SearchParamsClass.SearchParamsObject(realm,
          SearchParamsClass.URL_SEARCH_PARAMS.prototype(realm));
      p.list = FormUrlEncoded.parse(self.url.query == null ? "" : self.url.query);
      p.urlObject = self;
      self.searchParams = p;
    }
    return self.searchParams;
  }
}
