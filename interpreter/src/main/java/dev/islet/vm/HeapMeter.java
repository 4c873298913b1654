package dev.islet.vm;

import dev.islet.heap.Heap;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.Accessor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Rope;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;

/**
 * Measures an agent's live set for the heap limit: a trace from its roots (realms with their
 * intrinsics and globals, the running and suspended frames) that sums the size estimates of every
 * reachable object, string, environment and frame. Iterative, so deep structures cannot overflow
 * the Java stack. Values captured inside Java closures (built-in functions' private state, queued
 * jobs) are not followed: they are counted by the charges made when they were created.
 */
final class HeapMeter implements Heap.LiveSetMeter {
  private final Agent agent;

  HeapMeter(Agent agent) {
    this.agent = agent;
  }

  @Override
  public long measureLiveBytes() {
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    ArrayDeque<Object> work = new ArrayDeque<>();
    long[] total = {0};
    dev.islet.objects.HeapVisitor visitor = ref -> {
      if (ref instanceof Integer i) {
        // Small ints are the JVM's shared boxes; any other is a box of its own (not deduplicated: cheap, and rarely shared).
        if (i < -128 || i > 127) {
          total[0] += SizeEstimates.BOXED_INT;
        }
      } else if (ref != null && !(ref instanceof Boolean) && seen.put(ref, Boolean.TRUE) == null) {
        work.push(ref);
      }
    };
    for (Realm r : agent.realms()) {
      r.traceRoots(visitor);
    }
    agent.jobs.traceHookRoots(visitor);
    agent.jobs.traceJobs(visitor);
    agent.traceSymbolRegistry(visitor);
    for (Frame f = agent.interpreter.current; f != null; f = f.caller) {
      visitor.visit(f);
    }
    total[0] += (long) agent.jobs.size() * SizeEstimates.JOB;
    while (!work.isEmpty()) {
      Object o = work.pop();
      if (o instanceof JsObject obj) {
        total[0] += obj.estimatedSize();
        obj.traceReferences(visitor);
      } else if (o instanceof String s) {
        total[0] += SizeEstimates.string(s.length());
      } else if (o instanceof Rope rope) {
        // A rope's parts are live too: a small rope may hold a huge string.
        total[0] += rope.isFlat() ? SizeEstimates.string(rope.length()) : SizeEstimates.OBJECT;
        visitor.visit(rope.toStringIfFlat());
        visitor.visit(rope.left());
        visitor.visit(rope.right());
      } else if (o instanceof Scope s) {
        total[0] += SizeEstimates.SCOPE + SizeEstimates.refArray(s.slots.length);
        for (Object v : s.slots) {
          visitor.visit(v);
        }
        visitor.visit(s.parent);
        if (s instanceof WithScope w) {
          visitor.visit(w.object);
        }
        if (s.evalVars != null) {
          for (Object v : s.evalVars.values()) {
            visitor.visit(v);
          }
        }
      } else if (o instanceof Frame f) {
        total[0] += SizeEstimates.FRAME + SizeEstimates.refArray(f.regs.length);
        for (int i = 0; i < f.sp && i < f.regs.length; i++) {
          visitor.visit(f.regs[i]);
        }
        visitor.visit(f.scope);
        visitor.visit(f.thisValue);
        visitor.visit(f.function);
        if (f.args != null) {
          for (Object a : f.args) {
            visitor.visit(a);
          }
        }
      } else if (o instanceof dev.islet.objects.HeapTraceable t) {
        total[0] += t.estimatedSize();
        t.traceReferences(visitor);
      } else if (o instanceof Accessor a) {
        total[0] += SizeEstimates.OBJECT;
        visitor.visit(a.getter());
        visitor.visit(a.setter());
      } else if (o instanceof dev.islet.values.Symbol sym) {
        total[0] += SizeEstimates.OBJECT;
        visitor.visit(sym.description());
      } else if (o instanceof dev.islet.source.Source src) {
        // Compiled code made by eval or Function lives while one of its functions does.
        total[0] += src.dynamic() ? SizeEstimates.compiledCode(src.text().length()) : 0;
      } else if (o instanceof Double) {
        total[0] += 16;
      } else if (o instanceof java.math.BigInteger b) {
        total[0] += SizeEstimates.OBJECT + b.bitLength() / 8;
      } else {
        total[0] += SizeEstimates.OBJECT;
      }
    }
    return total[0];
  }
}
