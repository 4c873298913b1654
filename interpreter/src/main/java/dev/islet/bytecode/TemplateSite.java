package dev.islet.bytecode;

/**
 * A tagged template's site: its cooked strings (null where an escape is invalid) and raw strings.
 * GetTemplateObject caches one frozen template object per site per realm, indexed by {@code index}.
 */
public record TemplateSite(int index, String[] cooked, String[] raw) {}
