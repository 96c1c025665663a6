package dev.crosswalk.catalog;

import java.time.LocalDate;

/** From which date a provision applies, on one timeline and (where it matters) one high-risk route. */
public record Application(String timeline, LocalDate appliesFrom, String route, double confidence,
                          String source, String note) {}
