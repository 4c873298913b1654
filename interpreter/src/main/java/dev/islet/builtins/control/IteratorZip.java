package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * Iterator.concat (https://tc39.es/proposal-iterator-sequencing/) and Iterator.zip /
 * Iterator.zipKeyed (https://tc39.es/proposal-joint-iteration/), all standard in test262.
 */
final class IteratorZip {
  private static final int SHORTEST = 0;
  private static final int LONGEST = 1;
  private static final int STRICT = 2;

  private IteratorZip() {}

  // ------------------------------------------------------------------ concat

  /** Iterator.concat ( ...items ) */
  static Object concat(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object[] methods = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      if (!(args[i] instanceof JsObject item)) {
        throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(args[i]));
      }
      Object method = ObjectOperations.getMethod(realm, item, Symbol.ITERATOR);
      if (method == Undefined.INSTANCE) {
        throw Errors.typeError(realm, Msg.NOT_ITERABLE, Describe.value(item));
      }
      methods[i] = method;
    }
    return new Concatenation(realm, args.clone(), methods);
  }

  /** The closure of Iterator.concat: open each iterable in turn and yield its values. */
  private static final class Concatenation extends IteratorHelperObject {
    private final Object[] iterables;
    private final Object[] methods;
    private int index;
    private IteratorRecord current;

    Concatenation(Realm realm, Object[] iterables, Object[] methods) {
      super(realm, new ArrayList<>());
      this.iterables = iterables;
      this.methods = methods;
    }

    @Override
    Object resume(Realm realm) {
      while (true) {
        if (current == null) {
          if (index >= iterables.length) {
            return DONE;
          }
          Object iter = ObjectOperations.call(realm, methods[index], iterables[index]);
          index++;
          if (!(iter instanceof JsObject it)) {
            throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(iter));
          }
          current = IteratorRecords.getIteratorDirect(realm, it);
        }
        realm.agent.budget.charge(1);
        Object value = IteratorOperations.stepValue(realm, current);
        if (value != JsObject.NOT_FOUND) {
          return value;
        }
        current = null;
      }
    }

    @Override
    void resumeWithReturn(Realm realm) {
      IteratorOperations.close(realm, current);
    }

    @Override
    void traceState(HeapVisitor v) {
      for (int i = index; i < iterables.length; i++) {
        v.visit(iterables[i]);
        v.visit(methods[i]);
      }
      if (current != null) {
        v.visit(current.iterator);
        v.visit(current.nextMethod);
      }
    }
  }

  // ------------------------------------------------------------------ zip, zipKeyed

  /** Steps 2–7 shared by zip and zipKeyed: the options object, its mode and (for "longest") padding. */
  private static Object[] options(Realm realm, Object options) {
    JsObject opts;
    if (options == Undefined.INSTANCE) {
      opts = null;
    } else if (options instanceof JsObject o) {
      opts = o;
    } else {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(options));
    }
    Object mode = opts == null ? Undefined.INSTANCE : opts.get(realm, "mode", opts);
    int m;
    if (mode == Undefined.INSTANCE) {
      m = SHORTEST;
    } else if (!JsStrings.isString(mode)) {
      throw Errors.typeError(realm, Msg.ZIP_MODE, Describe.value(mode));
    } else {
      m = switch (JsStrings.flat(mode)) {
        case "shortest" -> SHORTEST;
        case "longest" -> LONGEST;
        case "strict" -> STRICT;
        default -> throw Errors.typeError(realm, Msg.ZIP_MODE, Describe.value(mode));
      };
    }
    Object padding = Undefined.INSTANCE;
    if (m == LONGEST && opts != null) {
      padding = opts.get(realm, "padding", opts);
      if (padding != Undefined.INSTANCE && !(padding instanceof JsObject)) {
        throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(padding));
      }
    }
    return new Object[] {m, padding};
  }

  /** Iterator.zip ( iterables [ , options ] ) */
  static Object zip(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object iterables = Args.get(args, 0);
    if (!(iterables instanceof JsObject)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(iterables));
    }
    Object[] opts = options(realm, Args.get(args, 1));
    int mode = (Integer) opts[0];
    List<IteratorRecord> iters = new ArrayList<>();
    IteratorRecord input = IteratorOperations.getIterator(realm, iterables);
    while (true) {
      Object next;
      try {
        next = IteratorOperations.stepValue(realm, input);
      } catch (JsThrow t) {
        IteratorRecords.closeAll(realm, iters, t);
        throw t;
      }
      if (next == JsObject.NOT_FOUND) {
        break;
      }
      realm.agent.budget.charge(1);
      try {
        iters.add(IteratorRecords.getIteratorFlattenable(realm, next, true));
      } catch (JsThrow t) {
        List<IteratorRecord> all = new ArrayList<>(iters.size() + 1);
        all.add(input);
        all.addAll(iters);
        IteratorRecords.closeAll(realm, all, t);
      }
    }
    int n = iters.size();
    Object[] padding = new Object[n];
    java.util.Arrays.fill(padding, Undefined.INSTANCE);
    if (mode == LONGEST && opts[1] != Undefined.INSTANCE) {
      IteratorRecord paddingIter;
      try {
        paddingIter = IteratorOperations.getIterator(realm, opts[1]);
      } catch (JsThrow t) {
        IteratorRecords.closeAll(realm, iters, t);
        throw t;
      }
      boolean usingIterator = true;
      for (int i = 0; i < n && usingIterator; i++) {
        Object next;
        try {
          next = IteratorOperations.stepValue(realm, paddingIter);
        } catch (JsThrow t) {
          IteratorRecords.closeAll(realm, iters, t);
          throw t;
        }
        if (next == JsObject.NOT_FOUND) {
          usingIterator = false;
        } else {
          padding[i] = next;
        }
      }
      if (usingIterator) {
        try {
          IteratorOperations.close(realm, paddingIter);
        } catch (JsThrow t) {
          IteratorRecords.closeAll(realm, iters, t);
        }
      }
    }
    return new Zipper(realm, iters, mode, padding, null);
  }

  /** Iterator.zipKeyed ( iterables [ , options ] ) */
  static Object zipKeyed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(Args.get(args, 0) instanceof JsObject iterables)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(Args.get(args, 0)));
    }
    Object[] opts = options(realm, Args.get(args, 1));
    int mode = (Integer) opts[0];
    List<IteratorRecord> iters = new ArrayList<>();
    List<Object> keys = new ArrayList<>();
    for (Object key : iterables.ownPropertyKeys(realm)) {
      realm.agent.budget.charge(1);
      try {
        PropertyDescriptor desc = iterables.getOwnProperty(realm, key);
        if (desc == null || !desc.enumerable()) {
          continue;
        }
        Object value = iterables.get(realm, key, iterables);
        if (value == Undefined.INSTANCE) {
          continue;
        }
        keys.add(key);
        iters.add(IteratorRecords.getIteratorFlattenable(realm, value, true));
      } catch (JsThrow t) {
        IteratorRecords.closeAll(realm, iters, t);
      }
    }
    int n = iters.size();
    Object[] padding = new Object[n];
    java.util.Arrays.fill(padding, Undefined.INSTANCE);
    if (mode == LONGEST && opts[1] instanceof JsObject paddingObject) {
      for (int i = 0; i < n; i++) {
        try {
          padding[i] = paddingObject.get(realm, keys.get(i), paddingObject);
        } catch (JsThrow t) {
          IteratorRecords.closeAll(realm, iters, t);
        }
      }
    }
    return new Zipper(realm, iters, mode, padding, keys.toArray());
  }

  /** IteratorZip ( iters, mode, padding, finishResults ): one array (zip) or null-prototype object (zipKeyed) per step. */
  private static final class Zipper extends IteratorHelperObject {
    private final IteratorRecord[] iters;
    private final int mode;
    private final Object[] padding;
    private final Object[] keys;

    /** {@code open} becomes [[UnderlyingIterators]], the openIters list the closure shrinks. */
    Zipper(Realm realm, List<IteratorRecord> open, int mode, Object[] padding, Object[] keys) {
      super(realm, open);
      this.iters = open.toArray(new IteratorRecord[0]);
      this.mode = mode;
      this.padding = padding;
      this.keys = keys;
    }

    @Override
    Object resume(Realm realm) {
      int n = iters.length;
      if (n == 0) {
        return DONE;
      }
      Object[] results = new Object[n];
      realm.heap.charge(SizeEstimates.refArray(n));
      for (int i = 0; i < n; i++) {
        IteratorRecord iter = iters[i];
        if (iter == null) {
          results[i] = padding[i];
          continue;
        }
        Object result;
        try {
          result = IteratorOperations.stepValue(realm, iter);
        } catch (JsThrow t) {
          underlying.remove(iter);
          IteratorRecords.closeAll(realm, underlying, t);
          throw t;
        }
        if (result == JsObject.NOT_FOUND) {
          underlying.remove(iter);
          if (mode == SHORTEST) {
            IteratorRecords.closeAll(realm, underlying, null);
            return DONE;
          }
          if (mode == STRICT) {
            if (i != 0) {
              IteratorRecords.closeAll(realm, underlying, Errors.typeError(realm, Msg.ZIP_STRICT_LENGTHS));
            }
            for (int k = 1; k < n; k++) {
              boolean open;
              try {
                open = IteratorOperations.step(realm, iters[k]) != null;
              } catch (JsThrow t) {
                underlying.remove(iters[k]);
                IteratorRecords.closeAll(realm, underlying, t);
                throw t;
              }
              if (!open) {
                underlying.remove(iters[k]);
              } else {
                IteratorRecords.closeAll(realm, underlying, Errors.typeError(realm, Msg.ZIP_STRICT_LENGTHS));
              }
            }
            return DONE;
          }
          if (underlying.isEmpty()) {
            return DONE;
          }
          iters[i] = null;
          result = padding[i];
        }
        results[i] = result;
      }
      if (keys == null) {
        return ObjectOperations.createArrayFromList(realm, results);
      }
      JsObject obj = JsObject.ordinary(realm, null);
      for (int i = 0; i < n; i++) {
        ObjectOperations.createDataPropertyOrThrow(realm, obj, keys[i], results[i]);
      }
      return obj;
    }

    @Override
    void resumeWithReturn(Realm realm) {
      IteratorRecords.closeAll(realm, underlying, null);
    }

    @Override
    void traceState(HeapVisitor v) {
      for (Object p : padding) {
        v.visit(p);
      }
    }
  }
}
