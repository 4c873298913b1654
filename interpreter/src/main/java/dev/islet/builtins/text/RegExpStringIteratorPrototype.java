package dev.islet.builtins.text;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** %RegExpStringIteratorPrototype% — https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%-object. */
public final class RegExpStringIteratorPrototype {
  private RegExpStringIteratorPrototype() {}

  /** A RegExp String Iterator: [[IteratingRegExp]], [[IteratedString]], [[Global]], [[Unicode]], [[Done]]. */
  static final class RegExpStringIterator extends JsObject {
    private final JsObject regexp;
    private final String string;
    private final boolean global;
    private final boolean unicode;
    private boolean done;

    RegExpStringIterator(Realm realm, JsObject regexp, String string, boolean global, boolean unicode) {
      super(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.REGEXP_STRING_ITERATOR_PROTOTYPE)));
      this.regexp = regexp;
      this.string = string;
      this.global = global;
      this.unicode = unicode;
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      super.traceReferences(v);
      v.visit(regexp);
      v.visit(string);
    }
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, RegExpStringIteratorPrototype::next)
        .toStringTag("RegExp String Iterator")));
  }

  /** CreateRegExpStringIterator ( R, S, global, fullUnicode ) */
  static JsObject create(Realm realm, JsObject r, String s, boolean global, boolean fullUnicode) {
    return new RegExpStringIterator(realm, r, s, global, fullUnicode);
  }

  /** %RegExpStringIteratorPrototype%.next ( ) */
  static Object next(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof RegExpStringIterator o)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "%RegExpStringIteratorPrototype%.next", Describe.value(thisValue));
    }
    if (o.done) {
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    Object match = RegExpBuiltinExec.regExpExec(realm, o.regexp, o.string);
    if (match == Null.INSTANCE) {
      o.done = true;
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    if (!o.global) {
      o.done = true;
      return IteratorOperations.createIterResult(realm, match, false);
    }
    JsObject mo = (JsObject) match;
    String matchStr = TypeConversion.toString(realm, mo.get(realm, PropertyKey.ofIndex(0), mo));
    if (matchStr.isEmpty()) {
      RegExpSymbolMethods.advanceLastIndex(realm, o.regexp, o.string, o.unicode);
    }
    return IteratorOperations.createIterResult(realm, match, false);
  }
}
