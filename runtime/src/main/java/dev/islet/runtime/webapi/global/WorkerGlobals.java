package dev.islet.runtime.webapi.global;

import dev.islet.api.host.DomException;
import dev.islet.api.host.HostErrorReporter;
import dev.islet.api.host.HostGlobals;
import dev.islet.api.host.HostScheduler;
import dev.islet.api.host.HostState;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.compression.CompressionStreams;
import dev.islet.runtime.webapi.crypto.CryptoClasses;
import dev.islet.runtime.webapi.crypto.SubtleCryptoClass;
import dev.islet.runtime.webapi.encoding.Base64;
import dev.islet.runtime.webapi.encoding.TextDecoderClass;
import dev.islet.runtime.webapi.encoding.TextEncoderClass;
import dev.islet.runtime.webapi.encoding.TextStreams;
import dev.islet.runtime.webapi.events.AbortClasses;
import dev.islet.runtime.webapi.events.EventClass;
import dev.islet.runtime.webapi.events.EventTargetClass;
import dev.islet.runtime.webapi.fetch.Fetch;
import dev.islet.runtime.webapi.file.BlobClass;
import dev.islet.runtime.webapi.file.FormDataClass;
import dev.islet.runtime.webapi.structured.StructuredClone;
import dev.islet.runtime.webapi.fetch.FetchContext;
import dev.islet.runtime.webapi.fetch.HeadersClass;
import dev.islet.runtime.webapi.fetch.RequestClass;
import dev.islet.runtime.webapi.fetch.ResponseClass;
import dev.islet.runtime.webapi.streams.ByteController;
import dev.islet.runtime.webapi.streams.DefaultController;
import dev.islet.runtime.webapi.streams.ReadableStreamClass;
import dev.islet.runtime.webapi.streams.Readers;
import dev.islet.runtime.webapi.streams.Strategies;
import dev.islet.runtime.webapi.streams.TransformStreamClass;
import dev.islet.runtime.webapi.streams.WritableClasses;
import dev.islet.runtime.webapi.streams.WritableStreamClass;
import dev.islet.runtime.webapi.url.SearchParamsClass;
import dev.islet.runtime.webapi.url.UrlClass;
import dev.islet.runtime.webapi.url.UrlParser;
import dev.islet.runtime.webapi.url.UrlRecord;

/**
 * Assembles a worker global scope (like workerd's {@code global-scope}): installs every Web API of
 * {@code dev.islet.runtime.webapi} on a realm's global object. Interface objects are created when
 * installed, and their prototypes and members on first touch, so a new realm stays cheap.
 * Timers ({@code setTimeout} …) belong to the event loop and are installed by it.
 */
public final class WorkerGlobals {
  private WorkerGlobals() {}

  /** Installs the Web API globals on {@code realm} with default options. */
  public static void install(Realm realm) {
    install(realm, GlobalOptions.defaults());
  }

  /** Installs the Web API globals on {@code realm}. */
  public static void install(Realm realm, GlobalOptions options) {
    UrlRecord base = null;
    if (options.baseUrl() != null) {
      base = UrlParser.parse(options.baseUrl(), null);
      if (base == null) {
        throw new IllegalArgumentException("invalid base URL " + options.baseUrl());
      }
    }
    FetchContext.install(realm, new FetchContext(base, options.fetchHandler()));
    if (options.scheduler() != null) {
      HostState.put(realm, HostScheduler.class, options.scheduler());
    }
    if (options.errorReporter() != null) {
      HostState.put(realm, HostErrorReporter.class, options.errorReporter());
    }
    HostGlobals.on(realm)
        .hostClass(DomException.CLASS)
        // events
        .hostClass(EventClass.EVENT)
        .hostClass(EventClass.CUSTOM_EVENT)
        .hostClass(EventTargetClass.EVENT_TARGET)
        .hostClass(AbortClasses.ABORT_CONTROLLER)
        .hostClass(AbortClasses.ABORT_SIGNAL)
        // url
        .hostClass(UrlClass.URL)
        .hostClass(SearchParamsClass.URL_SEARCH_PARAMS)
        // encoding
        .hostClass(TextEncoderClass.TEXT_ENCODER)
        .hostClass(TextDecoderClass.TEXT_DECODER)
        .hostClass(TextStreams.TEXT_ENCODER_STREAM)
        .hostClass(TextStreams.TEXT_DECODER_STREAM)
        .function("atob", 1, Base64::atob)
        .function("btoa", 1, Base64::btoa)
        // file, structured data
        .hostClass(BlobClass.BLOB)
        .hostClass(BlobClass.FILE)
        .hostClass(FormDataClass.FORM_DATA)
        .function("structuredClone", 1, StructuredClone::structuredClone)
        // fetch
        .hostClass(HeadersClass.HEADERS)
        .hostClass(RequestClass.REQUEST)
        .hostClass(ResponseClass.RESPONSE)
        .function("fetch", 1, Fetch::fetch)
        // streams
        .hostClass(ReadableStreamClass.READABLE_STREAM)
        .hostClass(Readers.DEFAULT_READER)
        .hostClass(Readers.BYOB_READER)
        .hostClass(DefaultController.CLASS)
        .hostClass(ByteController.CLASS)
        .hostClass(ByteController.BYOB_REQUEST)
        .hostClass(WritableStreamClass.WRITABLE_STREAM)
        .hostClass(WritableClasses.WRITER)
        .hostClass(WritableClasses.CONTROLLER)
        .hostClass(TransformStreamClass.TRANSFORM_STREAM)
        .hostClass(TransformStreamClass.CONTROLLER)
        .hostClass(Strategies.BYTE_LENGTH)
        .hostClass(Strategies.COUNT)
        .hostClass(CompressionStreams.COMPRESSION_STREAM)
        .hostClass(CompressionStreams.DECOMPRESSION_STREAM)
        // crypto
        .hostClass(CryptoClasses.CRYPTO)
        .hostClass(SubtleCryptoClass.SUBTLE_CRYPTO)
        .hostClass(SubtleCryptoClass.CRYPTO_KEY)
        .value("crypto", CryptoClasses.create(realm))
        // the scope itself
        .hostClass(ScopeObjects.PERFORMANCE)
        .value("performance", ScopeObjects.performance(realm))
        .hostClass(ScopeObjects.NAVIGATOR)
        .value("navigator", ScopeObjects.navigator(realm))
        .value("self", realm.globalObject());
  }
}
