package dev.crosswalk.exchange;

import dev.crosswalk.mapping.Relation;
import java.util.List;

/**
 * One mapping row, format-neutral, read subject → object: curated (from a mapping set, possibly read in
 * reverse) or inferred (a chain of curated rows, {@code derivedFrom} naming them in order). Ids are IRIs;
 * {@link #NO_TERM} stands for sssom:NoTermFound.
 */
public record CrosswalkRow(String subject, String subjectLabel, String object, String objectLabel, Relation relation,
                           int strength, double confidence, String rationale, String justification, List<String> authors,
                           String date, String comment, String subjectReads, String objectReads, String mappingSet,
                           String mapping, boolean inferred, boolean reversed, List<String> derivedFrom) {
    public static final String NO_TERM = dev.crosswalk.vocab.CW.NO_TERM_FOUND;

    public CrosswalkRow {
        authors = List.copyOf(authors);
        derivedFrom = List.copyOf(derivedFrom);
    }

    /** True for a no-relationship row with sssom:NoTermFound on one side: nothing in the other framework meets it. */
    public boolean nothingMeets() {
        return relation == Relation.NO_RELATIONSHIP && (subject.equals(NO_TERM) || object.equals(NO_TERM));
    }

    /** The same row read object → subject: converse relation, sides swapped. */
    CrosswalkRow reverse(String note) {
        return new CrosswalkRow(object, objectLabel, subject, subjectLabel, relation.converse(), strength, confidence, rationale,
                justification, authors, date, note + (comment == null ? "" : " " + comment), objectReads, subjectReads, mappingSet,
                mapping, inferred, !reversed, derivedFrom);
    }
}
