package dev.islet.spectests.wpt;

import dev.islet.api.host.HostErrors;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.fetch.Body;
import dev.islet.runtime.webapi.fetch.FetchHandler;
import dev.islet.runtime.webapi.fetch.HeaderList;
import dev.islet.runtime.webapi.fetch.RequestClass;
import dev.islet.runtime.webapi.fetch.ResponseClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the WPT folder to {@code fetch()}: a GET of {@code http://web-platform.test:8000/PATH}
 * answers with the file at PATH under the root (200), or 404. Other hosts fail as a network error
 * would. WPT's Python handlers ({@code *.py}) do not exist here, so their URLs are 404s.
 */
final class WptFiles implements FetchHandler {
  private final Path root;

  WptFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Object fetch(Realm realm, RequestClass.RequestObject request) {
    String url = request.url();
    String prefix = WptExecutor.ORIGIN + "/";
    if (!url.startsWith(prefix)) {
      throw HostErrors.typeError(realm, "Failed to fetch: the test host serves only " + WptExecutor.ORIGIN + " (" + url + ")");
    }
    String path = url.substring(prefix.length());
    String query = "";
    int cut = path.indexOf('?');
    if (cut >= 0) {
      query = path.substring(cut + 1);
      path = path.substring(0, cut);
    }
    cut = path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    HeaderList headers = new HeaderList();
    if (path.endsWith("/inspect-headers.py")) {
      return inspectHeaders(realm, request, query);
    }
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      headers.append("content-type", "text/plain");
      return ResponseClass.create(realm, 404, "Not Found", headers, Body.ofBytes(new byte[0]));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw HostErrors.typeError(realm, "Failed to fetch: " + e.getMessage());
    }
    realm.heap.charge(bytes.length + 16L);
    headers.append("content-type", contentType(path));
    headers.append("content-length", Integer.toString(bytes.length));
    ResponseClass.ResponseObject response = ResponseClass.create(realm, 200, "OK", headers,
        request.method().equals("HEAD") ? null : Body.ofBytes(bytes));
    return response;
  }

  /**
   * An in-process stand-in for {@code fetch/api/resources/inspect-headers.py}: for each name in
   * {@code headers=a|b}, the response has {@code x-request-NAME} with the request's value of it.
   */
  private static Object inspectHeaders(Realm realm, RequestClass.RequestObject request, String query) {
    HeaderList headers = new HeaderList();
    for (String param : query.split("&")) {
      if (param.startsWith("headers=")) {
        for (String name : java.net.URLDecoder.decode(param.substring(8), java.nio.charset.StandardCharsets.UTF_8).split("\\|")) {
          String value = request.headerList().get(name);
          if (!name.isEmpty() && value != null) {
            headers.append("x-request-" + name, value);
          }
        }
      }
    }
    headers.append("content-type", "text/plain");
    return ResponseClass.create(realm, 200, "OK", headers, Body.ofBytes(new byte[0]));
  }

  private static String contentType(String path) {
    if (path.endsWith(".json")) {
      return "application/json";
    }
    if (path.endsWith(".js")) {
      return "text/javascript";
    }
    if (path.endsWith(".html")) {
      return "text/html";
    }
    if (path.endsWith(".txt")) {
      return "text/plain";
    }
    return "application/octet-stream";
  }
}
