package dev.islet.runtime.loader;

import java.util.Arrays;

/**
 * One module of a {@link WorkerCode}: an ES module, a CommonJS module, a text blob (imports as a
 * string), a byte blob (imports as an ArrayBuffer) or a JSON value (imports as the parsed value).
 * Python and WebAssembly modules, which workerd also accepts, are refused by islet at validation.
 */
public sealed interface ModuleSource {
  /** The module's size as counted against the 64 MiB code limit (UTF-8 bytes of text, raw bytes of data). */
  long size();

  /** An ES module ({@code js}). */
  record Js(String source) implements ModuleSource {
    public long size() {
      return utf8Length(source);
    }
  }

  /** A CommonJS module ({@code cjs}): {@code require}, {@code module.exports}; an ES import gets {@code module.exports}. */
  record CommonJs(String source) implements ModuleSource {
    public long size() {
      return utf8Length(source);
    }
  }

  /** A text module: its default export is the string. */
  record Text(String text) implements ModuleSource {
    public long size() {
      return utf8Length(text);
    }
  }

  /** A data module: its default export is an ArrayBuffer with a copy of the bytes. */
  record Data(byte[] bytes) implements ModuleSource {
    public Data {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public long size() {
      return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Data d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }

  /** A JSON module, given as JSON text: its default export is the parsed value. */
  record Json(String json) implements ModuleSource {
    public long size() {
      return utf8Length(json);
    }
  }

  /** A module kind workerd knows and islet refuses ({@code py}, {@code wasm}), kept so validation can name it. */
  record Unsupported(String kind) implements ModuleSource {
    public long size() {
      return 0;
    }
  }

  static ModuleSource js(String source) {
    return new Js(source);
  }

  static ModuleSource cjs(String source) {
    return new CommonJs(source);
  }

  static ModuleSource text(String text) {
    return new Text(text);
  }

  static ModuleSource data(byte[] bytes) {
    return new Data(bytes);
  }

  static ModuleSource json(String jsonText) {
    return new Json(jsonText);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
