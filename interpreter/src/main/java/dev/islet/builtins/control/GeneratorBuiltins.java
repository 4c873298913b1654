package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.vm.AsyncGeneratorObject;
import dev.islet.vm.FunctionKind;
import dev.islet.vm.Generators;

/**
 * %IteratorPrototype%, %AsyncIteratorPrototype%, and the generator, async function and async
 * generator families: https://tc39.es/ecma262/#sec-control-abstraction-objects.
 */
public final class GeneratorBuiltins {
  private static final int NEXT = 0;
  private static final int THROW = 1;
  private static final int RETURN = 2;

  private GeneratorBuiltins() {}

  /** %Iterator.prototype%: [Symbol.iterator]() returns this. */
  public static JsObject iteratorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      BuiltinInstaller.on(realm, p).method(Symbol.ITERATOR, 0, (r, t, a, nt) -> t);
      IteratorConstructor.installPrototypeMembers(realm, p);
    }));
  }

  /** %AsyncIteratorPrototype%: [Symbol.asyncIterator]() returns this. */
  public static JsObject asyncIteratorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .method(Symbol.ASYNC_ITERATOR, 0, (r, t, a, nt) -> t)
        .method(Symbol.ASYNC_DISPOSE, 0, DisposableStackBuiltins::asyncIteratorDispose)));
  }

  // ------------------------------------------------------------------ generators

  /** %GeneratorFunction.prototype.prototype% (%GeneratorPrototype%). */
  public static JsObject generatorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .value("constructor", realm.intrinsic(Intrinsic.GENERATOR_FUNCTION_PROTOTYPE), Attributes.CONFIGURABLE)
        .method("next", 1, (r, t, a, nt) -> Generators.resume(r, t, Args.get(a, 0), NEXT, "Generator.prototype.next"))
        .method("return", 1, (r, t, a, nt) -> Generators.resume(r, t, Args.get(a, 0), RETURN, "Generator.prototype.return"))
        .method("throw", 1, (r, t, a, nt) -> Generators.resume(r, t, Args.get(a, 0), THROW, "Generator.prototype.throw"))
        .toStringTag("Generator")));
  }

  /** %GeneratorFunction.prototype%. */
  public static JsObject generatorFunctionPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.functionPrototype(), p -> BuiltinInstaller.on(realm, p)
        .value("constructor", realm.intrinsic(Intrinsic.GENERATOR_FUNCTION), Attributes.CONFIGURABLE)
        .value("prototype", realm.intrinsic(Intrinsic.GENERATOR_PROTOTYPE), Attributes.CONFIGURABLE)
        .toStringTag("GeneratorFunction")));
  }

  /** %GeneratorFunction%. */
  public static JsObject generatorFunction(Realm realm) {
    return dynamicConstructor(realm, "GeneratorFunction", FunctionKind.GENERATOR, Intrinsic.GENERATOR_FUNCTION,
        Intrinsic.GENERATOR_FUNCTION_PROTOTYPE);
  }

  // ------------------------------------------------------------------ async functions

  public static JsObject asyncFunctionPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.functionPrototype(), p -> BuiltinInstaller.on(realm, p)
        .value("constructor", realm.intrinsic(Intrinsic.ASYNC_FUNCTION), Attributes.CONFIGURABLE)
        .toStringTag("AsyncFunction")));
  }

  public static JsObject asyncFunction(Realm realm) {
    return dynamicConstructor(realm, "AsyncFunction", FunctionKind.ASYNC, Intrinsic.ASYNC_FUNCTION,
        Intrinsic.ASYNC_FUNCTION_PROTOTYPE);
  }

  // ------------------------------------------------------------------ async generators

  public static JsObject asyncGeneratorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ASYNC_ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .value("constructor", realm.intrinsic(Intrinsic.ASYNC_GENERATOR_FUNCTION_PROTOTYPE), Attributes.CONFIGURABLE)
        .method("next", 1, (r, t, a, nt) -> AsyncGeneratorObject.enqueue(r, t, Args.get(a, 0), NEXT, "AsyncGenerator.prototype.next"))
        .method("return", 1, (r, t, a, nt) -> AsyncGeneratorObject.enqueue(r, t, Args.get(a, 0), RETURN, "AsyncGenerator.prototype.return"))
        .method("throw", 1, (r, t, a, nt) -> AsyncGeneratorObject.enqueue(r, t, Args.get(a, 0), THROW, "AsyncGenerator.prototype.throw"))
        .toStringTag("AsyncGenerator")));
  }

  public static JsObject asyncGeneratorFunctionPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.functionPrototype(), p -> BuiltinInstaller.on(realm, p)
        .value("constructor", realm.intrinsic(Intrinsic.ASYNC_GENERATOR_FUNCTION), Attributes.CONFIGURABLE)
        .value("prototype", realm.intrinsic(Intrinsic.ASYNC_GENERATOR_PROTOTYPE), Attributes.CONFIGURABLE)
        .toStringTag("AsyncGeneratorFunction")));
  }

  public static JsObject asyncGeneratorFunction(Realm realm) {
    return dynamicConstructor(realm, "AsyncGeneratorFunction", FunctionKind.ASYNC_GENERATOR,
        Intrinsic.ASYNC_GENERATOR_FUNCTION, Intrinsic.ASYNC_GENERATOR_FUNCTION_PROTOTYPE);
  }

  /** The GeneratorFunction-style constructors: subclasses of %Function% that run CreateDynamicFunction. */
  private static JsObject dynamicConstructor(Realm realm, String name, FunctionKind kind, Intrinsic self, Intrinsic prototype) {
    return new NativeFunction(realm, realm.intrinsic(Intrinsic.FUNCTION), name,
        (r, t, a, nt) -> r.agent.createDynamicFunction(r, nt != null ? nt : r.intrinsic(self), kind, a), true,
        c -> BuiltinInstaller.on(realm, c).constructorBasics(name, 1, realm.intrinsic(prototype)));
  }
}
