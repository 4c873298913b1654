package dev.islet.runtime.bindings;

/** A Java object that crosses into a worker as a stub (an {@code Entrypoint}, for example). */
public interface CapabilitySource {
  Capability capability();
}
