package dev.islet.runtime.webapi.url;

import java.util.ArrayList;
import java.util.List;

/**
 * A URL record — https://url.spec.whatwg.org/#concept-url: scheme, credentials, host (serialized;
 * null when absent, "" for the empty host), port (-1 for null), path (segments, or an opaque path
 * string), query and fragment (null when absent).
 */
public final class UrlRecord {
  public String scheme = "";
  public String username = "";
  public String password = "";
  public String host;
  public int port = -1;
  /** The segments of a hierarchical path; unused when {@link #opaquePath} is non-null. */
  public List<String> path = new ArrayList<>();
  /** The path of a URL with an opaque path ("mailto:x", "data:…"), else null. */
  public String opaquePath;
  public String query;
  public String fragment;

  public UrlRecord copy() {
    UrlRecord u = new UrlRecord();
    u.scheme = scheme;
    u.username = username;
    u.password = password;
    u.host = host;
    u.port = port;
    u.path = new ArrayList<>(path);
    u.opaquePath = opaquePath;
    u.query = query;
    u.fragment = fragment;
    return u;
  }

  public boolean hasOpaquePath() {
    return opaquePath != null;
  }

  public boolean isSpecial() {
    return Schemes.isSpecial(scheme);
  }

  /** https://url.spec.whatwg.org/#include-credentials */
  public boolean includesCredentials() {
    return !username.isEmpty() || !password.isEmpty();
  }

  /** https://url.spec.whatwg.org/#cannot-have-a-username-password-port */
  public boolean cannotHaveUsernamePasswordPort() {
    return host == null || host.isEmpty() || scheme.equals("file");
  }

  /** The URL path serializer — https://url.spec.whatwg.org/#url-path-serializer */
  public String serializePath() {
    if (opaquePath != null) {
      return opaquePath;
    }
    StringBuilder b = new StringBuilder();
    for (String segment : path) {
      b.append('/').append(segment);
    }
    return b.toString();
  }

  /** The URL serializer — https://url.spec.whatwg.org/#concept-url-serializer */
  public String serialize(boolean excludeFragment) {
    StringBuilder out = new StringBuilder(scheme.length() + 32);
    out.append(scheme).append(':');
    if (host != null) {
      out.append("//");
      if (includesCredentials()) {
        out.append(username);
        if (!password.isEmpty()) {
          out.append(':').append(password);
        }
        out.append('@');
      }
      out.append(host);
      if (port >= 0) {
        out.append(':').append(port);
      }
    }
    if (host == null && opaquePath == null && path.size() > 1 && path.get(0).isEmpty()) {
      out.append("/.");
    }
    out.append(serializePath());
    if (query != null) {
      out.append('?').append(query);
    }
    if (!excludeFragment && fragment != null) {
      out.append('#').append(fragment);
    }
    return out.toString();
  }

  /** The ASCII serialization of the URL's origin — https://url.spec.whatwg.org/#concept-url-origin */
  public String origin() {
    switch (scheme) {
      case "blob": {
        UrlRecord inner = UrlParser.parse(serializePath(), null);
        if (inner != null && (inner.scheme.equals("http") || inner.scheme.equals("https"))) {
          return inner.origin();
        }
        return "null";
      }
      case "ftp", "http", "https", "ws", "wss":
        return scheme + "://" + host + (port >= 0 ? ":" + port : "");
      default:
        return "null";
    }
  }

  @Override
  public String toString() {
    return serialize(false);
  }
}
