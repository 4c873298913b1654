package dev.islet.runtime.webapi.url;

import java.util.ArrayList;
import java.util.List;

/** application/x-www-form-urlencoded — https://url.spec.whatwg.org/#application/x-www-form-urlencoded */
public final class FormUrlEncoded {
  private FormUrlEncoded() {}

  /** The parser: name-value pairs, '+' as space, percent-decoded, UTF-8 decoded with replacement. */
  public static List<String[]> parse(String input) {
    List<String[]> out = new ArrayList<>();
    int start = 0;
    int n = input.length();
    while (start <= n) {
      int amp = input.indexOf('&', start);
      if (amp < 0) {
        amp = n;
      }
      if (amp > start) {
        String sequence = input.substring(start, amp);
        int eq = sequence.indexOf('=');
        String name = eq < 0 ? sequence : sequence.substring(0, eq);
        String value = eq < 0 ? "" : sequence.substring(eq + 1);
        out.add(new String[] {decode(name), decode(value)});
      }
      start = amp + 1;
    }
    return out;
  }

  private static String decode(String s) {
    return PercentEncoding.utf8(PercentEncoding.decode(s.replace('+', ' ')));
  }

  /** The serializer: name=value pairs joined by '&'. */
  public static String serialize(List<String[]> pairs) {
    StringBuilder out = new StringBuilder();
    for (String[] p : pairs) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(PercentEncoding.encodeForm(p[0])).append('=').append(PercentEncoding.encodeForm(p[1]));
    }
    return out.toString();
  }
}
