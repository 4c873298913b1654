package dev.islet.runtime.webapi.crypto;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.security.SecureRandom;

/**
 * {@code Crypto} — https://w3c.github.io/webcrypto/#crypto-interface: {@code getRandomValues},
 * {@code randomUUID} and {@code subtle} ({@link SubtleCryptoClass}). Random values come from the
 * JDK's {@link SecureRandom}.
 */
public final class CryptoClasses {
  private CryptoClasses() {}

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A host's say on random values (a worker refuses them in global scope): registered with
   * {@link dev.islet.api.host.HostState}; {@link #check} throws to refuse.
   */
  @FunctionalInterface
  public interface RandomValuesGuard {
    void check(Realm realm);
  }

  private static void guard(Realm realm) {
    RandomValuesGuard g = dev.islet.api.host.HostState.get(realm, RandomValuesGuard.class);
    if (g != null) {
      g.check(realm);
    }
  }

  /** The {@code crypto} object: its SubtleCrypto. */
  public static final class CryptoObject extends HostObject {
    final JsObject subtle;

    CryptoObject(Realm realm, JsObject proto, JsObject subtle) {
      super(realm, proto);
      this.subtle = subtle;
    }

    @Override
    public String className() {
      return "Crypto";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(subtle);
    }
  }

  public static final HostClass<CryptoObject> CRYPTO = HostClass.builder("Crypto", CryptoObject.class)
      .getter("subtle", (realm, self) -> self.subtle)
      .method("getRandomValues", 1, (realm, self, args) -> getRandomValues(realm, args.length > 0 ? args[0] : Undefined.INSTANCE))
      .method("randomUUID", 0, (realm, self, args) -> randomUuid(realm))
      .build();

  /** A new {@code crypto} object of {@code realm}. */
  public static CryptoObject create(Realm realm) {
    return new CryptoObject(realm, CRYPTO.prototype(realm), SubtleCryptoClass.create(realm));
  }

  /** getRandomValues(array) — https://w3c.github.io/webcrypto/#Crypto-method-getRandomValues */
  static Object getRandomValues(Realm realm, Object array) {
    guard(realm);
    if (!(array instanceof TypedArrayObject t)) {
      if (BufferSources.isView(array)) {
        throw HostErrors.domException(realm, "TypeMismatchError", "getRandomValues: the argument is not an integer typed array");
      }
      throw HostErrors.typeError(realm, "Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.");
    }
    String kind = t.type().typedArrayName;
    if (kind.startsWith("Float")) {
      throw HostErrors.domException(realm, "TypeMismatchError", "getRandomValues: " + kind + " is not an integer typed array");
    }
    BufferSources.Bytes bytes = BufferSources.view(t);
    if (bytes.length() > 65536) {
      throw HostErrors.domException(realm, "QuotaExceededError", "getRandomValues: the array's byte length (" + bytes.length()
          + ") exceeds the number of bytes of entropy available via this API (65536).");
    }
    realm.agent.budget.charge(1 + (bytes.length() >> 6));
    byte[] random = new byte[bytes.length()];
    RANDOM.nextBytes(random);
    System.arraycopy(random, 0, bytes.data(), bytes.offset(), random.length);
    return array;
  }

  /** randomUUID() — https://w3c.github.io/webcrypto/#Crypto-method-randomUUID: a version 4 UUID. */
  static Object randomUuid(Realm realm) {
    guard(realm);
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0F) | 0x40);
    b[8] = (byte) ((b[8] & 0x3F) | 0x80);
    StringBuilder s = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        s.append('-');
      }
      s.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
    }
    return s.toString();
  }
}
