package dev.islet.runtime.webapi.file;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.PairIterable;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code FormData} interface — https://xhr.spec.whatwg.org/#interface-formdata: an ordered entry list of
 * names and values, each value a string or a {@link BlobClass.FileObject} (a Blob that is not a File is wrapped in one).
 */
public final class FormDataClass {
  private FormDataClass() {}

  /** One entry: its name and its value (a String or a FileObject). */
  public record Entry(String name, Object value) {}

  public static final class FormDataObject extends HostObject {
    final List<Entry> entries = new ArrayList<>();

    FormDataObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    /** The entry list (live). */
    public List<Entry> entries() {
      return entries;
    }

    @Override
    public String className() {
      return "FormData";
    }

    @Override
    public long estimatedSize() {
      long size = super.estimatedSize() + SizeEstimates.refArray(entries.size());
      for (Entry e : entries) {
        size += SizeEstimates.string(e.name.length()) + (e.value instanceof String s ? SizeEstimates.string(s.length()) : 0);
      }
      return size;
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      for (Entry e : entries) {
        if (e.value instanceof JsObject o) {
          v.visit(o);
        }
      }
    }
  }

  private static final PairIterable<FormDataObject> PAIRS = new PairIterable<>() {
    @Override
    public int size(Realm realm, FormDataObject self) {
      return self.entries.size();
    }

    @Override
    public Object key(Realm realm, FormDataObject self, int i) {
      return self.entries.get(i).name;
    }

    @Override
    public Object value(Realm realm, FormDataObject self, int i) {
      return self.entries.get(i).value;
    }
  };

  public static final HostClass<FormDataObject> FORM_DATA = HostClass.builder("FormData", FormDataObject.class)
      .constructor(0, (realm, args, newTarget) -> {
        // FormData(form, submitter): there are no form elements in a worker.
        if (args.length > 0 && args[0] != Undefined.INSTANCE) {
          throw HostErrors.typeError(realm, "Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
        }
        return new FormDataObject(realm, FormDataClass.FORM_DATA.prototypeFor(realm, newTarget));
      })
      .method("append", 2, (realm, self, args) -> {
        self.entries.add(entry(realm, args, "append"));
        return Undefined.INSTANCE;
      })
      .method("delete", 1, (realm, self, args) -> {
        String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "delete"));
        self.entries.removeIf(e -> e.name.equals(name));
        return Undefined.INSTANCE;
      })
      .method("get", 1, (realm, self, args) -> {
        String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "get"));
        for (Entry e : self.entries) {
          if (e.name.equals(name)) {
            return e.value;
          }
        }
        return Null.INSTANCE;
      })
      .method("getAll", 1, (realm, self, args) -> {
        String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "getAll"));
        List<Object> values = new ArrayList<>();
        for (Entry e : self.entries) {
          if (e.name.equals(name)) {
            values.add(e.value);
          }
        }
        return ObjectOperations.createArrayFromList(realm, values.toArray());
      })
      .method("has", 1, (realm, self, args) -> {
        String name = WebIdl.toUSVString(realm, arg(realm, args, 0, 1, "has"));
        return self.entries.stream().anyMatch(e -> e.name.equals(name));
      })
      .method("set", 2, (realm, self, args) -> {
        Entry entry = entry(realm, args, "set");
        int first = -1;
        for (int i = 0; i < self.entries.size(); ) {
          if (self.entries.get(i).name.equals(entry.name)) {
            if (first < 0) {
              first = i;
              self.entries.set(i++, entry);
            } else {
              self.entries.remove(i);
            }
          } else {
            i++;
          }
        }
        if (first < 0) {
          self.entries.add(entry);
        }
        return Undefined.INSTANCE;
      })
      .pairIterable(PAIRS)
      .build();

  /** A new, empty FormData of {@code realm} (what body.formData() fills). */
  public static FormDataObject create(Realm realm) {
    return new FormDataObject(realm, FORM_DATA.prototype(realm));
  }

  /**
   * create an entry — https://xhr.spec.whatwg.org/#create-an-entry: (name, value) or (name, blobValue, filename).
   */
  private static Entry entry(Realm realm, Object[] args, String method) {
    arg(realm, args, 1, 2, method);
    String name = WebIdl.toUSVString(realm, args[0]);
    Object value = args[1];
    if (value instanceof BlobClass.BlobObject blob) {
      String filename = args.length > 2 && args[2] != Undefined.INSTANCE ? WebIdl.toUSVString(realm, args[2]) : null;
      return new Entry(name, asFile(realm, blob, filename));
    }
    if (args.length > 2) {
      throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on 'FormData': parameter 2 is not of type 'Blob'.");
    }
    return new Entry(name, WebIdl.toUSVString(realm, value));
  }

  /** A Blob that is not a File becomes a File named "blob"; a filename renames a File (as a new File). */
  static BlobClass.FileObject asFile(Realm realm, BlobClass.BlobObject blob, String filename) {
    if (blob instanceof BlobClass.FileObject file && filename == null) {
      return file;
    }
    String name = filename != null ? filename : "blob";
    double lastModified = blob instanceof BlobClass.FileObject file ? file.lastModified() : realm.agent.timeSource().currentTimeMillis();
    return BlobClass.newFile(realm, blob.bytes(), blob.type(), name, lastModified);
  }

  private static Object arg(Realm realm, Object[] args, int i, int required, String method) {
    if (args.length < required) {
      throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on 'FormData': " + required
          + " argument" + (required == 1 ? "" : "s") + " required, but only " + args.length + " present.");
    }
    return args[i];
  }
}
