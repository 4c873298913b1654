package dev.islet.api.host;

import dev.islet.objects.JsObject;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * {@code DOMException} — https://webidl.spec.whatwg.org/#idl-DOMException: the exception most Web
 * APIs throw ("AbortError", "InvalidStateError", "DataCloneError" …). Its prototype inherits from
 * %Error.prototype%; {@code code} is the legacy code of the known names, else 0.
 */
public final class DomException {
  private DomException() {}

  /** An instance: its name and message. */
  public static final class DomExceptionObject extends HostObject implements dev.islet.errors.ErrorLike {
    final String name;
    final String message;

    DomExceptionObject(Realm realm, JsObject proto, String message, String name) {
      super(realm, proto);
      this.message = message;
      this.name = name;
      realm.heap.charge(dev.islet.heap.SizeEstimates.string(message.length() + name.length()));
    }

    public String name() {
      return name;
    }

    public String message() {
      return message;
    }

    @Override
    public String className() {
      return "DOMException";
    }

    @Override
    public String errorName() {
      return name;
    }

    @Override
    public String errorMessage() {
      return message;
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + dev.islet.heap.SizeEstimates.string(message.length() + name.length());
    }
  }

  /** The names with a legacy code, in code order (https://webidl.spec.whatwg.org/#dfn-error-names-table). */
  private static final String[] NAMES = {
    null, "IndexSizeError", null, "HierarchyRequestError", "WrongDocumentError", "InvalidCharacterError", null,
    "NoModificationAllowedError", "NotFoundError", "NotSupportedError", "InUseAttributeError", "InvalidStateError",
    "SyntaxError", "InvalidModificationError", "NamespaceError", "InvalidAccessError", null, "TypeMismatchError",
    "SecurityError", "NetworkError", "AbortError", "URLMismatchError", "QuotaExceededError", "TimeoutError",
    "InvalidNodeTypeError", "DataCloneError",
  };

  private static final String[] CONSTANTS = {
    null, "INDEX_SIZE_ERR", "DOMSTRING_SIZE_ERR", "HIERARCHY_REQUEST_ERR", "WRONG_DOCUMENT_ERR", "INVALID_CHARACTER_ERR",
    "NO_DATA_ALLOWED_ERR", "NO_MODIFICATION_ALLOWED_ERR", "NOT_FOUND_ERR", "NOT_SUPPORTED_ERR", "INUSE_ATTRIBUTE_ERR",
    "INVALID_STATE_ERR", "SYNTAX_ERR", "INVALID_MODIFICATION_ERR", "NAMESPACE_ERR", "INVALID_ACCESS_ERR", "VALIDATION_ERR",
    "TYPE_MISMATCH_ERR", "SECURITY_ERR", "NETWORK_ERR", "ABORT_ERR", "URL_MISMATCH_ERR", "QUOTA_EXCEEDED_ERR", "TIMEOUT_ERR",
    "INVALID_NODE_TYPE_ERR", "DATA_CLONE_ERR",
  };

  public static final HostClass<DomExceptionObject> CLASS = define();

  private static HostClass<DomExceptionObject> define() {
    HostClass.Builder<DomExceptionObject> b = HostClass.builder("DOMException", DomExceptionObject.class)
        .prototypeInherits(Intrinsic.ERROR_PROTOTYPE)
        .constructor(0, (realm, args, newTarget) -> {
          String message = args.length > 0 && args[0] != Undefined.INSTANCE ? WebIdl.toDOMString(realm, args[0]) : "";
          String name = args.length > 1 && args[1] != Undefined.INSTANCE ? WebIdl.toDOMString(realm, args[1]) : "Error";
          return new DomExceptionObject(realm, CLASS.prototypeFor(realm, newTarget), message, name);
        })
        .getter("name", (realm, self) -> self.name)
        .getter("message", (realm, self) -> self.message)
        .getter("code", (realm, self) -> code(self.name));
    for (int i = 1; i < CONSTANTS.length; i++) {
      b.constant(CONSTANTS[i], i);
    }
    return b.build();
  }

  /** The legacy code of {@code name}, 0 if it has none. */
  public static int code(String name) {
    for (int i = 1; i < NAMES.length; i++) {
      if (name.equals(NAMES[i])) {
        return i;
      }
    }
    return 0;
  }

  /** A new DOMException of {@code realm}. */
  public static DomExceptionObject create(Realm realm, String message, String name) {
    DomExceptionObject e = new DomExceptionObject(realm, CLASS.prototype(realm), message, name);
    return e;
  }
}
