/**
 * Declaring host classes and functions for JS — islet's small JSG (after workerd's {@code jsg}).
 *
 * <ul>
 *   <li>{@link dev.islet.api.host.HostClass}: a WebIDL interface implemented in Java. Declare it once
 *       ({@code HostClass.builder("Headers", HeadersObject.class).constructor(...).method(...).getter(...)
 *       .pairIterable(...).build()}); each realm creates its constructor and prototype on first use, and
 *       their properties on first touch, so an unused API costs nothing.</li>
 *   <li>{@link dev.islet.api.host.HostObject}: the base of instances; Java fields are the internal
 *       slots, reachable from JS only through the members the class declares.</li>
 *   <li>{@link dev.islet.api.host.WebIdl}: argument conversions (DOMString, USVString, ByteString,
 *       integers with [EnforceRange]/[Clamp], dictionaries, sequences, records, enums, callbacks).</li>
 *   <li>{@link dev.islet.api.host.HostErrors} and {@link dev.islet.api.host.DomException}: TypeError,
 *       RangeError and DOMException with platform wording.</li>
 *   <li>{@link dev.islet.api.host.BufferSources}: bytes in (BufferSource arguments) and out
 *       (ArrayBuffer, Uint8Array), charged to the isolate.</li>
 *   <li>{@link dev.islet.api.host.HostPromises}: create, settle and react to promises from Java.</li>
 *   <li>{@link dev.islet.api.host.HostGlobals}: put interface objects and functions on the global object.</li>
 * </ul>
 *
 * <p>Rules for host code: charge the heap before allocating in proportion to input
 * ({@code realm.heap.charge}) and the budget while looping ({@code realm.agent.budget.charge}); throw
 * JS-visible errors only through {@link dev.islet.api.host.HostErrors}; report the JS values and bytes
 * an instance keeps by overriding {@code traceReferences} and {@code estimatedSize}.
 */
package dev.islet.api.host;
