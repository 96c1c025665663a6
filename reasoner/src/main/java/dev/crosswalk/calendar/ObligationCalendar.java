package dev.crosswalk.calendar;

import java.util.List;

/** Every dated obligation of an organisation's AI systems, earliest first. */
public record ObligationCalendar(String organisation, String name, String timeline, List<CalendarEntry> entries) {}
