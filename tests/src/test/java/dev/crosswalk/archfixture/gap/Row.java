package dev.crosswalk.archfixture.gap;

/** Fixture: a gap result with its status and relation as strings, as {@code GapReport.RequirementResult} had them. */
public record Row(String provision, String status, String relation, int strength) {}
