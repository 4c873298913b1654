package dev.islet.ast;

/**
 * A source range: {@code start}/{@code end} are UTF-16 offsets into the source text (end exclusive);
 * {@code line} and {@code column} (both 1-based, column in UTF-16 units) locate {@code start}.
 */
public record Loc(int start, int end, int line, int column) {}
