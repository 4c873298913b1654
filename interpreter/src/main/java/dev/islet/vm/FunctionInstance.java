package dev.islet.vm;

import dev.islet.bytecode.Code;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;

/**
 * The per-isolate side of a {@link FunctionTemplate}: inline caches, template objects and the
 * instances of nested functions. Every closure made from one template in one isolate shares it, so
 * caches warm up across closures.
 */
public final class FunctionInstance {
  public final FunctionTemplate template;
  /** Inline caches, allocated when the code first runs. */
  Object[] caches;
  /** The template's code once compiled (a plain field: the template's own is volatile). */
  Code code;
  private FunctionInstance[] children;
  /** Per-site template objects (GetTemplateObject's realm-wide [[TemplateMap]], keyed by site). */
  JsObject[] templateObjects;

  public FunctionInstance(FunctionTemplate template) {
    this.template = template;
  }

  /** The compiled code (compiling on first use). */
  Code code() {
    Code c = code;
    if (c == null) {
      c = code = template.code();
    }
    return c;
  }

  /** The caches of this instance's code, creating them on first use. */
  Object[] caches(Realm realm, Code code) {
    Object[] c = caches;
    if (c == null) {
      realm.heap.charge(SizeEstimates.refArray(code.cacheCount) + code.cacheCount * 32L);
      c = caches = new Object[code.cacheCount];
    }
    return c;
  }

  /** The instance of the child template {@code t} (declared in this function). */
  FunctionInstance child(Realm realm, FunctionTemplate t) {
    FunctionInstance[] ch = children;
    int i = t.indexInParent;
    if (ch == null || i >= ch.length) {
      int n = Math.max(i + 1, ch == null ? 4 : ch.length * 2);
      realm.heap.charge(SizeEstimates.refArray(n));
      ch = children = ch == null ? new FunctionInstance[n] : java.util.Arrays.copyOf(ch, n);
    }
    FunctionInstance fi = ch[i];
    if (fi == null || fi.template != t) {
      realm.heap.charge(SizeEstimates.OBJECT);
      fi = ch[i] = new FunctionInstance(t);
    }
    return fi;
  }
}
