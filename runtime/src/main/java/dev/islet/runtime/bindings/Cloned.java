package dev.islet.runtime.bindings;

import java.util.ArrayList;
import java.util.List;

/**
 * Values between isolates: the output of the structured-serialize steps of the HTML standard
 * (https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal) as plain
 * Java, belonging to no realm. {@link CloneWriter} makes them from JS values, {@link CloneReader} makes
 * JS values of another realm from them.
 *
 * <ul>
 *   <li>primitives: {@link #UNDEFINED}, Java {@code null} (JS null), Boolean, Double (or Integer),
 *       String, {@link java.math.BigInteger} (BigInt);</li>
 *   <li>{@code ArrayList<Object>} (Array) and {@code LinkedHashMap<String, Object>} (plain object); they
 *       may contain themselves (cycles and shared references are kept);</li>
 *   <li>the records below: Date, RegExp, Map, Set, ArrayBuffer, views, errors, boxed primitives;</li>
 *   <li>a {@link Capability} (a function or an {@code RpcTarget}, which cross as stubs);</li>
 *   <li>a {@link dev.islet.runtime.loader.Request} or {@link dev.islet.runtime.loader.Response}.</li>
 * </ul>
 */
public final class Cloned {
  private Cloned() {}

  /** JS {@code undefined} (Java {@code null} is JS {@code null}). */
  public static final Object UNDEFINED = new Object() {
    @Override
    public String toString() {
      return "undefined";
    }
  };

  /** A Date, by its time value. */
  public record DateValue(double time) {}

  /** A RegExp, by its source and flags. */
  public record RegExpValue(String source, String flags) {}

  /** An ArrayBuffer's bytes (shared by the views that were serialized with it). */
  public record Bytes(byte[] data) {}

  /** A typed array ({@code kind} is its constructor's name) or a DataView ({@code kind} "DataView"; length in bytes). */
  public record View(String kind, Bytes buffer, int byteOffset, int length) {}

  /** A Map's entries, in order (filled after creation, so a map may contain itself). */
  public record MapValue(List<Object> keys, List<Object> values) {
    public MapValue() {
      this(new ArrayList<>(), new ArrayList<>());
    }
  }

  /** A Set's elements, in order. */
  public record SetValue(List<Object> values) {
    public SetValue() {
      this(new ArrayList<>());
    }
  }

  /** An Error: its name (one of the native error names, else "Error"), message and JS stack (empty when not shared). */
  public record ErrorValue(String name, String message, String stack) {}

  /** A Boolean, Number, String or BigInt object. */
  public record Boxed(Object primitive) {}
}
