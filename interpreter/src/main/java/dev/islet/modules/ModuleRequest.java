package dev.islet.modules;

/** A ModuleRequest Record: the specifier and the {@code type} import attribute ("js" when absent). */
public record ModuleRequest(String specifier, String type) {
  public ModuleRequest {
    type = type == null ? "js" : type;
  }
}
