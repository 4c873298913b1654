package dev.islet.runtime.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * HTTP header fields in order, names lower-cased (as the Fetch standard's Headers reports them).
 * Immutable.
 */
public final class HttpHeaders {
  public static final HttpHeaders EMPTY = new HttpHeaders(List.of());

  private final List<String[]> fields;

  private HttpHeaders(List<String[]> fields) {
    this.fields = fields;
  }

  /** Headers from name/value pairs: {@code of("content-type", "text/plain", "x-a", "1")}. */
  public static HttpHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Builder b = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The first value of {@code name}, or null. */
  public String get(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String[] f : fields) {
      if (f[0].equals(n)) {
        return f[1];
      }
    }
    return null;
  }

  /** Every value of {@code name}, in order. */
  public List<String> all(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(1);
    for (String[] f : fields) {
      if (f[0].equals(n)) {
        out.add(f[1]);
      }
    }
    return out;
  }

  /** The fields as {name, value} pairs (names lower-cased), in order. */
  public List<String[]> fields() {
    List<String[]> out = new ArrayList<>(fields.size());
    for (String[] f : fields) {
      out.add(f.clone());
    }
    return Collections.unmodifiableList(out);
  }

  public int size() {
    return fields.size();
  }

  /** A copy with {@code name} set to {@code value} (replacing every value it had). */
  public HttpHeaders with(String name, String value) {
    Builder b = builder();
    String n = name.toLowerCase(Locale.ROOT);
    for (String[] f : fields) {
      if (!f[0].equals(n)) {
        b.add(f[0], f[1]);
      }
    }
    return b.add(n, value).build();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (String[] f : fields) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(f[0]).append(": ").append(f[1]);
    }
    return sb.append('}').toString();
  }

  /** Collects header fields. */
  public static final class Builder {
    private final List<String[]> fields = new ArrayList<>();

    public Builder add(String name, String value) {
      fields.add(new String[] {name.toLowerCase(Locale.ROOT), value});
      return this;
    }

    public HttpHeaders build() {
      return fields.isEmpty() ? EMPTY : new HttpHeaders(List.copyOf(fields));
    }
  }
}
