package dev.islet.runtime.bindings;

import dev.islet.realm.Realm;

/**
 * What stubs need from the isolate they live in: where to resume when a call completes, how values
 * leave and enter it, and how HTTP messages become JS objects. Implemented by the runtime's isolate.
 */
public interface StubHost {
  Realm realm();

  /** A token for the invocation running now (null outside one); calls resume in it. */
  Object currentContext();

  /** Runs {@code js} later on the isolate's loop thread, in the invocation {@code context} (dropped if it is over). */
  void resume(Object context, Runnable js);

  /** Disposes {@code c} when the current invocation ends (stubs received in it do not outlive it). */
  void disposeAtEnd(Capability c);

  /** Counts a subrequest of the current invocation; a message when its limit is used up, else null. */
  String countSubrequest();

  /** How values leave this isolate (functions and RpcTargets are exported as capabilities). */
  CloneWriter.Hooks writerHooks();

  /** How values enter this isolate (capabilities become stubs). */
  CloneReader.Hooks readerHooks();

  /** Requests and responses between JS and Java. */
  WebBridge web();
}
