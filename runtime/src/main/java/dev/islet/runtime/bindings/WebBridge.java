package dev.islet.runtime.bindings;

import dev.islet.realm.Realm;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.util.function.BiConsumer;

/**
 * HTTP messages between Java ({@link Request}, {@link Response}) and the Fetch API's JS objects of a
 * realm. Reading a JS message is asynchronous (its body may be a stream); {@code done} is called on the
 * isolate's loop thread with the message, or with null and the JS value to reject with.
 */
public interface WebBridge {
  /** A JS Request for {@code request}. */
  Object toJsRequest(Realm realm, Request request);

  /** A JS Response for {@code response}. */
  Object toJsResponse(Realm realm, Response response);

  /** {@code new Request(input, init)} read into Java, body included. */
  void readRequest(Realm realm, Object input, Object init, BiConsumer<Request, Object> done);

  /** A value a fetch handler returned (it must be a Response) read into Java, body included. */
  void readResponse(Realm realm, Object value, BiConsumer<Response, Object> done);
}
