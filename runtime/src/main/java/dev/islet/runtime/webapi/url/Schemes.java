package dev.islet.runtime.webapi.url;

/** Special schemes and their default ports — https://url.spec.whatwg.org/#special-scheme */
final class Schemes {
  private Schemes() {}

  static boolean isSpecial(String scheme) {
    return switch (scheme) {
      case "ftp", "file", "http", "https", "ws", "wss" -> true;
      default -> false;
    };
  }

  /** The default port of a special scheme, or -1. */
  static int defaultPort(String scheme) {
    return switch (scheme) {
      case "ftp" -> 21;
      case "http", "ws" -> 80;
      case "https", "wss" -> 443;
      default -> -1;
    };
  }
}
