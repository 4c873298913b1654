package dev.islet.runtime.webapi.fetch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A MIME type record — https://mimesniff.spec.whatwg.org/#mime-type-representation: type, subtype
 * and parameters, parsed and serialized as the MIME Sniffing standard says.
 */
public final class MimeType {
  public final String type;
  public final String subtype;
  public final Map<String, String> parameters;

  private MimeType(String type, String subtype, Map<String, String> parameters) {
    this.type = type;
    this.subtype = subtype;
    this.parameters = parameters;
  }

  public String essence() {
    return type + "/" + subtype;
  }

  /** The essence of {@code value} parsed as a MIME type, or null. */
  public static String essenceOf(String value) {
    MimeType m = parse(value);
    return m == null ? null : m.essence();
  }

  private static boolean isTokenString(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!HeaderList.isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuotedStringChar(char c) {
    return c == '\t' || c >= 0x20 && c <= 0x7E || c >= 0x80 && c <= 0xFF;
  }

  /** Parse a MIME type — https://mimesniff.spec.whatwg.org/#parse-a-mime-type: the record or null (failure). */
  public static MimeType parse(String input) {
    int start = 0;
    int end = input.length();
    while (start < end && HeaderList.isHttpWhitespace(input.charAt(start))) {
      start++;
    }
    while (end > start && HeaderList.isHttpWhitespace(input.charAt(end - 1))) {
      end--;
    }
    String s = input.substring(start, end);
    int p = 0;
    int slash = s.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String type = s.substring(0, slash);
    if (!isTokenString(type)) {
      return null;
    }
    p = slash + 1;
    int semi = s.indexOf(';', p);
    String subtype = (semi < 0 ? s.substring(p) : s.substring(p, semi));
    int subEnd = subtype.length();
    while (subEnd > 0 && HeaderList.isHttpWhitespace(subtype.charAt(subEnd - 1))) {
      subEnd--;
    }
    subtype = subtype.substring(0, subEnd);
    if (!isTokenString(subtype)) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    p = semi < 0 ? s.length() : semi;
    while (p < s.length()) {
      p++; // skip ';'
      while (p < s.length() && HeaderList.isHttpWhitespace(s.charAt(p))) {
        p++;
      }
      int nameStart = p;
      while (p < s.length() && s.charAt(p) != ';' && s.charAt(p) != '=') {
        p++;
      }
      String name = s.substring(nameStart, p).toLowerCase(Locale.ROOT);
      if (p < s.length()) {
        if (s.charAt(p) == ';') {
          continue;
        }
        p++; // skip '='
      }
      if (p >= s.length()) {
        break;
      }
      String value;
      if (s.charAt(p) == '"') {
        StringBuilder v = new StringBuilder();
        p++;
        while (p < s.length()) {
          char c = s.charAt(p);
          if (c == '\\') {
            p++;
            if (p >= s.length()) {
              v.append('\\');
              break;
            }
            v.append(s.charAt(p));
            p++;
          } else if (c == '"') {
            p++;
            break;
          } else {
            v.append(c);
            p++;
          }
        }
        value = v.toString();
        while (p < s.length() && s.charAt(p) != ';') {
          p++;
        }
      } else {
        int valueStart = p;
        while (p < s.length() && s.charAt(p) != ';') {
          p++;
        }
        value = s.substring(valueStart, p);
        int ve = value.length();
        while (ve > 0 && HeaderList.isHttpWhitespace(value.charAt(ve - 1))) {
          ve--;
        }
        value = value.substring(0, ve);
        if (value.isEmpty()) {
          continue;
        }
      }
      boolean validValue = true;
      for (int i = 0; i < value.length(); i++) {
        if (!isQuotedStringChar(value.charAt(i))) {
          validValue = false;
          break;
        }
      }
      if (!name.isEmpty() && isTokenString(name) && validValue && !params.containsKey(name)) {
        params.put(name, value);
      }
    }
    return new MimeType(type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT), params);
  }

  /** Serialize a MIME type — https://mimesniff.spec.whatwg.org/#serialize-a-mime-type */
  public String serialize() {
    StringBuilder out = new StringBuilder(essence());
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      out.append(';').append(e.getKey()).append('=');
      String v = e.getValue();
      if (isTokenString(v)) {
        out.append(v);
      } else {
        out.append('"');
        for (int i = 0; i < v.length(); i++) {
          char c = v.charAt(i);
          if (c == '"' || c == '\\') {
            out.append('\\');
          }
          out.append(c);
        }
        out.append('"');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return serialize();
  }
}
