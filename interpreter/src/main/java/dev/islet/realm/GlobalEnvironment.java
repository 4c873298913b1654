package dev.islet.realm;

import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.PropertyCell;
import java.util.HashMap;
import java.util.HashSet;

/**
 * A Global Environment Record — https://tc39.es/ecma262/#sec-global-environment-records: the global
 * object (var and function declarations, built-ins) plus a declarative part for top-level
 * {@code let}, {@code const} and {@code class}.
 *
 * <p>Global inline caches hold the {@link PropertyCell} a name resolved to and this record's
 * {@link #lexicalVersion()}: adding a lexical binding may shadow a property of the global object, so
 * it bumps the version and every global cache re-resolves.
 */
public final class GlobalEnvironment {
  private final Realm realm;
  private final JsObject globalObject;
  private final HashMap<String, PropertyCell> lexical = new HashMap<>();
  private final HashSet<String> varNames = new HashSet<>();
  private int lexicalVersion;

  GlobalEnvironment(Realm realm, JsObject globalObject) {
    this.realm = realm;
    this.globalObject = globalObject;
  }

  /** Reports the values of the global lexical bindings (for the heap meter). */
  public void traceLexical(dev.islet.objects.HeapVisitor v) {
    for (PropertyCell c : lexical.values()) {
      v.visit(c.value);
    }
  }

  public JsObject globalObject() {
    return globalObject;
  }

  public int lexicalVersion() {
    return lexicalVersion;
  }

  /** The lexical (let/const/class) binding of {@code name}, or null. Its value is TDZ until initialized. */
  public PropertyCell lexicalBinding(String name) {
    return lexical.get(name);
  }

  /** HasLexicalDeclaration ( N ) */
  public boolean hasLexicalDeclaration(String name) {
    return lexical.containsKey(name);
  }

  /** HasVarDeclaration ( N ) */
  public boolean hasVarDeclaration(String name) {
    return varNames.contains(name);
  }

  /** Creates an uninitialized lexical binding (value = the TDZ marker). */
  public PropertyCell createLexicalBinding(String name, boolean mutable, Object tdz) {
    PropertyCell c = new PropertyCell(name, tdz, mutable ? Attributes.WRITABLE : 0);
    lexical.put(name, c);
    lexicalVersion++;
    return c;
  }

  /** HasRestrictedGlobalProperty ( N ): a non-configurable own property of the global object. */
  public boolean hasRestrictedGlobalProperty(String name) {
    PropertyDescriptor d = globalObject.getOwnProperty(realm, name);
    return d != null && !d.configurable();
  }

  /** CanDeclareGlobalVar ( N ) */
  public boolean canDeclareGlobalVar(String name) {
    return globalObject.getOwnProperty(realm, name) != null || globalObject.isExtensible(realm);
  }

  /** CanDeclareGlobalFunction ( N ) */
  public boolean canDeclareGlobalFunction(String name) {
    PropertyDescriptor d = globalObject.getOwnProperty(realm, name);
    if (d == null) {
      return globalObject.isExtensible(realm);
    }
    if (d.configurable()) {
      return true;
    }
    return d.isDataDescriptor() && d.writable() && d.enumerable();
  }

  /** CreateGlobalVarBinding ( N, D ) */
  public void createGlobalVarBinding(String name, boolean deletable) {
    if (globalObject.getOwnProperty(realm, name) == null && globalObject.isExtensible(realm)) {
      int attrs = Attributes.WRITABLE | Attributes.ENUMERABLE | (deletable ? Attributes.CONFIGURABLE : 0);
      globalObject.defineOwnProperty(realm, name, PropertyDescriptor.data(dev.islet.values.Undefined.INSTANCE, attrs));
    }
    varNames.add(name);
  }

  /** CreateGlobalFunctionBinding ( N, V, D ) */
  public void createGlobalFunctionBinding(String name, Object value, boolean deletable) {
    PropertyDescriptor existing = globalObject.getOwnProperty(realm, name);
    PropertyDescriptor desc;
    if (existing == null || existing.configurable()) {
      desc = PropertyDescriptor.data(value, Attributes.WRITABLE | Attributes.ENUMERABLE | (deletable ? Attributes.CONFIGURABLE : 0));
    } else {
      desc = new PropertyDescriptor().setValue(value);
    }
    dev.islet.ops.ObjectOperations.definePropertyOrThrow(realm, globalObject, name, desc);
    dev.islet.ops.ObjectOperations.setOrThrow(realm, globalObject, name, value);
    varNames.add(name);
  }

  /** The global object's own cell for {@code name} (the object is always in dictionary mode), or null. */
  public PropertyCell objectCell(String name) {
    globalObject.materializeKey(name);
    if (!globalObject.shape.isDictionary()) {
      globalObject.toDictionary();
    }
    return globalObject.shape.cells().get(name);
  }
}
