package dev.islet.runtime.webapi.crypto;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostPromises;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.encoding.Base64;
import dev.islet.values.Undefined;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code SubtleCrypto} — https://w3c.github.io/webcrypto/#subtlecrypto-interface: {@code digest}
 * (SHA-1/256/384/512 through {@link MessageDigest}), HMAC keys ({@code importKey} raw and jwk,
 * {@code exportKey}, {@code sign}, {@code verify} through {@link Mac}), and workerd's
 * {@code timingSafeEqual}. Every method returns a promise; errors reject it.
 *
 * <p>TODO(conform): other algorithms (AES, RSA, ECDSA, PBKDF2, HKDF…) reject with NotSupportedError.
 */
public final class SubtleCryptoClass {
  private SubtleCryptoClass() {}

  /** The {@code crypto.subtle} object (no state). */
  public static final class SubtleCryptoObject extends HostObject {
    SubtleCryptoObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "SubtleCrypto";
    }
  }

  /** A CryptoKey: an HMAC secret key, its hash, extractability and usages. */
  public static final class CryptoKeyObject extends HostObject {
    final byte[] secret;
    final String hash;
    final boolean extractable;
    final List<String> usages;
    JsObject algorithmObject;
    JsObject usagesObject;

    CryptoKeyObject(Realm realm, JsObject proto, byte[] secret, String hash, boolean extractable, List<String> usages) {
      super(realm, proto);
      this.secret = secret;
      this.hash = hash;
      this.extractable = extractable;
      this.usages = usages;
    }

    @Override
    public String className() {
      return "CryptoKey";
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + 16 + secret.length;
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(algorithmObject);
      v.visit(usagesObject);
    }
  }

  public static final HostClass<CryptoKeyObject> CRYPTO_KEY = HostClass.builder("CryptoKey", CryptoKeyObject.class)
      .getter("type", (realm, self) -> "secret")
      .getter("extractable", (realm, self) -> self.extractable)
      .getter("algorithm", (realm, self) -> {
        if (self.algorithmObject == null) {
          JsObject hash = JsObject.ordinary(realm, realm.objectPrototype());
          ObjectOperations.createDataPropertyOrThrow(realm, hash, "name", self.hash);
          JsObject a = JsObject.ordinary(realm, realm.objectPrototype());
          ObjectOperations.createDataPropertyOrThrow(realm, a, "name", "HMAC");
          ObjectOperations.createDataPropertyOrThrow(realm, a, "hash", hash);
          ObjectOperations.createDataPropertyOrThrow(realm, a, "length", self.secret.length * 8);
          self.algorithmObject = a;
        }
        return self.algorithmObject;
      })
      .getter("usages", (realm, self) -> {
        if (self.usagesObject == null) {
          self.usagesObject = ObjectOperations.createArrayFromList(realm, self.usages.toArray());
        }
        return self.usagesObject;
      })
      .build();

  public static final HostClass<SubtleCryptoObject> SUBTLE_CRYPTO = HostClass.builder("SubtleCrypto", SubtleCryptoObject.class)
      .method("digest", 2, (realm, self, args) -> promise(realm, () -> digest(realm, args)))
      .method("importKey", 5, (realm, self, args) -> promise(realm, () -> importKey(realm, args)))
      .method("exportKey", 2, (realm, self, args) -> promise(realm, () -> exportKey(realm, args)))
      .method("sign", 3, (realm, self, args) -> promise(realm, () -> sign(realm, args)))
      .method("verify", 4, (realm, self, args) -> promise(realm, () -> verify(realm, args)))
      .method("timingSafeEqual", 2, (realm, self, args) -> {
        byte[] a = bytes(realm, arg(args, 0), "timingSafeEqual");
        byte[] b = bytes(realm, arg(args, 1), "timingSafeEqual");
        if (a.length != b.length) {
          throw HostErrors.typeError(realm, "timingSafeEqual: the inputs have different lengths");
        }
        return MessageDigest.isEqual(a, b);
      })
      .build();

  static JsObject create(Realm realm) {
    return new SubtleCryptoObject(realm, SUBTLE_CRYPTO.prototype(realm));
  }

  private interface Steps {
    Object run();
  }

  /** A promise of the steps' result; a JS exception they throw rejects it. */
  private static Object promise(Realm realm, Steps steps) {
    try {
      return HostPromises.resolved(realm, steps.run());
    } catch (JsThrow t) {
      return HostPromises.rejected(realm, t.value());
    }
  }

  private static Object arg(Object[] args, int i) {
    return i < args.length ? args[i] : Undefined.INSTANCE;
  }

  private static byte[] bytes(Realm realm, Object v, String method) {
    byte[] b = BufferSources.copy(realm, v);
    if (b == null) {
      throw HostErrors.typeError(realm, method + ": the data is not a BufferSource");
    }
    return b;
  }

  /** The normalized name of an algorithm argument (a string or an object with a name). */
  private static String algorithmName(Realm realm, Object algorithm) {
    if (algorithm instanceof JsObject o) {
      Object name = o.get(realm, "name", o);
      if (name == Undefined.INSTANCE) {
        throw HostErrors.typeError(realm, "Algorithm: the name member is required");
      }
      return WebIdl.toDOMString(realm, name);
    }
    return WebIdl.toDOMString(realm, algorithm);
  }

  /** The JDK name of a SHA digest, or null. */
  private static String shaName(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "SHA-1" -> "SHA-1";
      case "SHA-256" -> "SHA-256";
      case "SHA-384" -> "SHA-384";
      case "SHA-512" -> "SHA-512";
      default -> null;
    };
  }

  private static JsThrow notSupported(Realm realm, String what) {
    return HostErrors.domException(realm, "NotSupportedError", "Unrecognized or unsupported algorithm: " + what);
  }

  /** digest(algorithm, data) */
  private static Object digest(Realm realm, Object[] args) {
    String name = algorithmName(realm, arg(args, 0));
    byte[] data = bytes(realm, arg(args, 1), "digest");
    String sha = shaName(name);
    if (sha == null) {
      throw notSupported(realm, name);
    }
    realm.agent.budget.charge(1 + (data.length >> 6));
    try {
      return BufferSources.newArrayBuffer(realm, MessageDigest.getInstance(sha).digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw notSupported(realm, name);
    }
  }

  private static final String[] HMAC_USAGES = {"sign", "verify"};

  /** importKey(format, keyData, algorithm, extractable, keyUsages) for HMAC: raw or jwk. */
  private static Object importKey(Realm realm, Object[] args) {
    String format = WebIdl.toEnum(realm, arg(args, 0), new String[] {"raw", "spki", "pkcs8", "jwk"}, "importKey");
    Object algorithm = arg(args, 2);
    String name = algorithmName(realm, algorithm);
    if (!name.equalsIgnoreCase("HMAC")) {
      throw notSupported(realm, name);
    }
    Object hashArg = algorithm instanceof JsObject o ? o.get(realm, "hash", o) : Undefined.INSTANCE;
    if (hashArg == Undefined.INSTANCE) {
      throw HostErrors.typeError(realm, "importKey: HMAC needs a hash");
    }
    String hash = shaName(algorithmName(realm, hashArg));
    if (hash == null) {
      throw notSupported(realm, "hash " + algorithmName(realm, hashArg));
    }
    boolean extractable = WebIdl.toBoolean(arg(args, 3));
    List<String> usages = new ArrayList<>();
    for (Object u : WebIdl.toSequence(realm, arg(args, 4), "importKey")) {
      String usage = WebIdl.toEnum(realm, u, new String[] {"encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits",
          "wrapKey", "unwrapKey"}, "importKey");
      if (!usage.equals(HMAC_USAGES[0]) && !usage.equals(HMAC_USAGES[1])) {
        throw HostErrors.domException(realm, "SyntaxError", "importKey: HMAC keys cannot be used to " + usage);
      }
      if (!usages.contains(usage)) {
        usages.add(usage);
      }
    }
    byte[] secret;
    if (format.equals("raw")) {
      secret = bytes(realm, arg(args, 1), "importKey");
    } else if (format.equals("jwk")) {
      Object jwk = arg(args, 1);
      if (!(jwk instanceof JsObject j)) {
        throw HostErrors.typeError(realm, "importKey: a jwk key must be an object");
      }
      Object k = j.get(realm, "k", j);
      if (!WebIdl.isString(k)) {
        throw HostErrors.domException(realm, "DataError", "importKey: the jwk has no k member");
      }
      String b64 = WebIdl.toDOMString(realm, k).replace('-', '+').replace('_', '/');
      secret = Base64.forgivingDecode(realm, b64);
      if (secret == null) {
        throw HostErrors.domException(realm, "DataError", "importKey: the jwk's k is not base64url");
      }
    } else {
      throw notSupported(realm, "HMAC key format " + format);
    }
    if (secret.length == 0) {
      throw HostErrors.domException(realm, "DataError", "importKey: an HMAC key cannot be empty");
    }
    return new CryptoKeyObject(realm, CRYPTO_KEY.prototype(realm), secret, hash, extractable, usages);
  }

  private static CryptoKeyObject key(Realm realm, Object v, String usage) {
    if (!(v instanceof CryptoKeyObject k)) {
      throw HostErrors.typeError(realm, usage + ": the key is not a CryptoKey");
    }
    if (!k.usages.contains(usage)) {
      throw HostErrors.domException(realm, "InvalidAccessError", usage + ": the key's usages do not include '" + usage + "'");
    }
    return k;
  }

  /** exportKey(format, key): raw bytes or a jwk object. */
  private static Object exportKey(Realm realm, Object[] args) {
    String format = WebIdl.toEnum(realm, arg(args, 0), new String[] {"raw", "spki", "pkcs8", "jwk"}, "exportKey");
    if (!(arg(args, 1) instanceof CryptoKeyObject k)) {
      throw HostErrors.typeError(realm, "exportKey: the key is not a CryptoKey");
    }
    if (!k.extractable) {
      throw HostErrors.domException(realm, "InvalidAccessError", "exportKey: the key is not extractable");
    }
    if (format.equals("raw")) {
      return BufferSources.newArrayBuffer(realm, k.secret);
    }
    if (!format.equals("jwk")) {
      throw notSupported(realm, "HMAC key format " + format);
    }
    JsObject jwk = JsObject.ordinary(realm, realm.objectPrototype());
    ObjectOperations.createDataPropertyOrThrow(realm, jwk, "kty", "oct");
    ObjectOperations.createDataPropertyOrThrow(realm, jwk, "k",
        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(k.secret));
    ObjectOperations.createDataPropertyOrThrow(realm, jwk, "alg", "HS" + k.hash.substring(4));
    ObjectOperations.createDataPropertyOrThrow(realm, jwk, "ext", k.extractable);
    ObjectOperations.createDataPropertyOrThrow(realm, jwk, "key_ops", ObjectOperations.createArrayFromList(realm, k.usages.toArray()));
    return jwk;
  }

  private static byte[] hmac(Realm realm, CryptoKeyObject k, byte[] data) {
    realm.agent.budget.charge(1 + (data.length >> 6));
    try {
      String jdk = "Hmac" + k.hash.replace("-", "");
      Mac mac = Mac.getInstance(jdk);
      mac.init(new SecretKeySpec(k.secret, jdk));
      return mac.doFinal(data);
    } catch (java.security.GeneralSecurityException e) {
      throw HostErrors.domException(realm, "OperationError", "HMAC failed: " + e.getMessage());
    }
  }

  /** sign(algorithm, key, data) for HMAC. */
  private static Object sign(Realm realm, Object[] args) {
    String name = algorithmName(realm, arg(args, 0));
    if (!name.equalsIgnoreCase("HMAC")) {
      throw notSupported(realm, name);
    }
    CryptoKeyObject k = key(realm, arg(args, 1), "sign");
    return BufferSources.newArrayBuffer(realm, hmac(realm, k, bytes(realm, arg(args, 2), "sign")));
  }

  /** verify(algorithm, key, signature, data) for HMAC, in constant time. */
  private static Object verify(Realm realm, Object[] args) {
    String name = algorithmName(realm, arg(args, 0));
    if (!name.equalsIgnoreCase("HMAC")) {
      throw notSupported(realm, name);
    }
    CryptoKeyObject k = key(realm, arg(args, 1), "verify");
    byte[] signature = bytes(realm, arg(args, 2), "verify");
    byte[] expected = hmac(realm, k, bytes(realm, arg(args, 3), "verify"));
    return MessageDigest.isEqual(signature, expected);
  }
}
