package dev.islet.runtime.webapi.streams;

import dev.islet.realm.Realm;

/** ReadableByteStreamTee — https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamtee. */
final class ByteTee {
  private ByteTee() {}

  static ReadableStreamObject[] tee(Realm realm, ReadableStreamObject stream) {
    throw new IllegalStateException("byte streams are not supported yet");
  }
}
