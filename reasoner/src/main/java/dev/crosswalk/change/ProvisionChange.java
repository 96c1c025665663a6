package dev.crosswalk.change;

import java.util.List;

/**
 * A provision that differs between two versions of the Regulation: what differs ({@code changes}: added,
 * deleted, text-amended, wording, application-date, starts-applying, mappings), both versions, the act that
 * made the difference and its note.
 */
public record ProvisionChange(String provision, String title, List<String> changes, ProvisionVersion from, ProvisionVersion to,
                              String amendingAct, List<String> notes) {}
