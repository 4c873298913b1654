package dev.islet.runtime.isolate;

import dev.islet.runtime.loader.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Header values kept out of traces: credentials and anything named like a secret. */
public final class Redaction {
  static final String REDACTED = "REDACTED";
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
      "x-api-key", "x-auth-token", "cf-access-client-secret");
  private static final String[] SECRET_WORDS = {"secret", "token", "password", "passwd", "apikey", "api-key", "auth", "session"};

  private Redaction() {}

  /** The headers as {name, value} pairs, with secret values replaced by {@code REDACTED}. */
  public static List<String[]> headers(HttpHeaders headers) {
    List<String[]> out = new ArrayList<>(headers.size());
    for (String[] f : headers.fields()) {
      out.add(new String[] {f[0], isSecret(f[0]) ? REDACTED : f[1]});
    }
    return out;
  }

  static boolean isSecret(String name) {
    if (SECRET_HEADERS.contains(name)) {
      return true;
    }
    for (String w : SECRET_WORDS) {
      if (name.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
