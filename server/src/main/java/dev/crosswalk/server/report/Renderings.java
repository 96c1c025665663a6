package dev.crosswalk.server.report;

import java.util.function.Function;

/** The renderings of one kind of analysis result (text, and an XLSX workbook), so REST and the CLI choose a format in one place each. */
public record Renderings<T>(Function<T, String> csv, Function<T, String> markdown, Function<T, String> html,
                            Function<T, byte[]> xlsx) {}
