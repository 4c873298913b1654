package dev.islet.builtins.text;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** %StringIteratorPrototype% and String Iterator objects — https://tc39.es/ecma262/#sec-string-iterator-objects. */
public final class StringIteratorPrototype {
  private StringIteratorPrototype() {}

  /** A String Iterator: the string and the next position (the spec's generator closure, unrolled). */
  static final class StringIterator extends JsObject {
    private String string;
    private int position;

    StringIterator(Realm realm, String string) {
      super(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.STRING_ITERATOR_PROTOTYPE)));
      this.string = string;
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      super.traceReferences(v);
      v.visit(string);
    }
  }

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, StringIteratorPrototype::next)
        .toStringTag("String Iterator")));
  }

  /** String.prototype [ @@iterator ] ( ) */
  static Object iterator(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "[Symbol.iterator]");
    return new StringIterator(realm, s);
  }

  /** %StringIteratorPrototype%.next ( ): the next code point as a string. */
  static Object next(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof StringIterator it)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "%StringIteratorPrototype%.next", Describe.value(thisValue));
    }
    String s = it.string;
    if (s == null) {
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    int pos = it.position;
    if (pos >= s.length()) {
      it.string = null;
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    char c = s.charAt(pos);
    int next = pos + 1;
    if (Character.isHighSurrogate(c) && next < s.length() && Character.isLowSurrogate(s.charAt(next))) {
      next++;
    }
    it.position = next;
    String result = next - pos == 1 ? String.valueOf(c) : s.substring(pos, next);
    return IteratorOperations.createIterResult(realm, result, false);
  }
}
