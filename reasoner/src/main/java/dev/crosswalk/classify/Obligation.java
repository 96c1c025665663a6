package dev.crosswalk.classify;

import java.time.LocalDate;

/** One obligation that applies to the system in the given role, from when, and why. */
public record Obligation(String provision, String title, LocalDate appliesFrom, boolean inForce, String because,
                         String condition) {}
