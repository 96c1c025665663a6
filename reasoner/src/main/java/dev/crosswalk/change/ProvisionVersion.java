package dev.crosswalk.change;

import dev.crosswalk.mapping.Relation;
import java.time.LocalDate;
import java.util.List;

/**
 * One provision as it reads on one timeline (and, for a comparison between dates, on one date): whether
 * it exists there, the wording in force, from when it applies (per high-risk route) and its mapping rows.
 */
public record ProvisionVersion(String timeline, LocalDate date, boolean exists, String wording, LocalDate wordingValidFrom,
                               List<Dated> applications, List<MappingRow> mappings) {

    /** An application date of the provision itself; {@code applies} says whether it applies on the version's date (null without one). */
    public record Dated(String route, LocalDate appliesFrom, Boolean applies) {}

    /** A curated mapping row that holds on the version's timeline. */
    public record MappingRow(String to, Relation relation, int strength, String mapping) {}
}
