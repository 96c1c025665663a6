package dev.crosswalk.calendar;

import java.time.LocalDate;

/** One dated obligation of one AI system: which provision applies to which system, from when, in which role, and why. */
public record CalendarEntry(LocalDate date, String system, String systemName, String provision, String title, String role,
                            String timeline, boolean inForce, String because, String condition) {}
