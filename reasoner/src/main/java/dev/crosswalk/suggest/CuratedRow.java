package dev.crosswalk.suggest;

import dev.crosswalk.mapping.Relation;

/** One curated mapping row as the engine reads it: IRIs of both sides (or sssom:NoTermFound), its set and its weights. */
record CuratedRow(String mapping, String set, String subject, String object, Relation relation, int strength, double confidence) {

    /** True when both sides are provisions (not sssom:NoTermFound). */
    boolean relatesTwo() {
        return !subject.equals(dev.crosswalk.vocab.CW.NO_TERM_FOUND) && !object.equals(dev.crosswalk.vocab.CW.NO_TERM_FOUND);
    }
}
