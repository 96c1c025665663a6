package dev.crosswalk.catalog;

import dev.crosswalk.vocab.CW;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Reads catalog resources (validated by the integrity shapes) into records. */
final class CatalogReader {
    private CatalogReader() {}

    static Framework framework(Resource r, Map<String, Long> counts) {
        String id = str(r, DCTerms.identifier);
        return new Framework(id, r.getURI(), str(r, DCTerms.title), str(r, CW.version), iri(r, DCTerms.source),
                str(r, DCTerms.publisher), counts.getOrDefault(id, 0L).intValue(), imported(r), lifecycle(r));
    }

    /** The framework's status and dates; null when the catalog gives no status. */
    static Lifecycle lifecycle(Resource r) {
        String status = str(r, CW.frameworkStatus);
        if (status == null) return null;
        Resource successor = r.getPropertyResourceValue(CW.supersededBy);
        return new Lifecycle(status, date(r, CW.effectiveFrom), date(r, CW.effectiveUntil),
                successor == null ? null : str(successor, DCTerms.identifier), strings(r, SKOS.editorialNote));
    }

    /** The import record of a framework or mapping set; null for packaged data. */
    static Imported imported(Resource r) {
        String at = str(r, CW.importedAt);
        return at == null ? null : new Imported(str(r, CW.importedBy), at, str(r, CW.importedFrom));
    }

    static Provision provision(Resource r, Map<String, String> idByIri) {
        Resource scheme = r.getPropertyResourceValue(SKOS.inScheme);
        String fw = idByIri.computeIfAbsent(scheme.getURI(), k -> str(scheme, DCTerms.identifier));
        Resource parent = r.getPropertyResourceValue(SKOS.broader);
        List<String> notes = new ArrayList<>();
        r.listProperties(SKOS.editorialNote).forEach(s -> notes.add(s.getString()));
        notes.sort(null);
        List<Application> apps = new ArrayList<>();
        r.listProperties(CW.application).forEach(s -> apps.add(application(s.getResource())));
        apps.sort(Comparator.comparing(Application::timeline).thenComparing(a -> String.valueOf(a.route()))
                .thenComparing(Application::appliesFrom));
        Statement sort = r.getProperty(CW.sortKey);
        Statement conf = r.getProperty(CW.confidence);
        List<Wording> wordings = new ArrayList<>();
        r.listProperties(CW.wording).forEach(s -> wordings.add(wording(s.getResource())));
        wordings.sort(Comparator.comparing(Wording::validFrom).thenComparing(Wording::timeline));
        return new Provision(r.getURI(), fw, str(r, SKOS.notation), str(r, SKOS.prefLabel), str(r, CW.paraphrase),
                type(r), parent == null ? null : parent.getURI(), sort == null ? 0 : sort.getInt(),
                iri(r, DCTerms.source), iri(r, CW.eli), conf == null ? 1.0 : conf.getDouble(), notes,
                str(r, CW.chapter), str(r, CW.section), str(r, CW.theme), str(r, DCTerms.bibliographicCitation),
                str(r, CW.ordinal), apps, iri(r, CW.introducedBy), iri(r, CW.deletedBy), iri(r, CW.amendedBy),
                timelines(r), wordings);
    }

    /** The timelines on which the provision exists: all, less the others of an act that added it, less the act's that deleted it. */
    private static List<String> timelines(Resource r) {
        List<String> out = new ArrayList<>(Timelines.NAMES);
        Resource added = r.getPropertyResourceValue(CW.introducedBy);
        if (added != null) out.removeIf(t -> !t.equals(timelineOf(added)));
        Resource deleted = r.getPropertyResourceValue(CW.deletedBy);
        if (deleted != null) out.remove(timelineOf(deleted));
        return out;
    }

    private static String timelineOf(Resource act) {
        Resource t = act.getPropertyResourceValue(CW.timeline);
        return t == null ? null : Timelines.name(t.getURI());
    }

    private static Wording wording(Resource w) {
        Resource timeline = w.getPropertyResourceValue(CW.timeline);
        Statement conf = w.getProperty(CW.confidence);
        return new Wording(timeline == null ? "?" : Timelines.name(timeline.getURI()), date(w, CW.validFrom),
                str(w, CW.paraphrase), iri(w, CW.amendedBy), iri(w, DCTerms.source),
                conf == null ? 1.0 : conf.getDouble(), strings(w, SKOS.editorialNote));
    }

    static AmendingAct amendingAct(Resource a) {
        Statement conf = a.getProperty(CW.confidence);
        return new AmendingAct(a.getURI(), str(a, DCTerms.identifier), str(a, DCTerms.title), timelineOf(a),
                date(a, DCTerms.issued), date(a, CW.publishedInOj), date(a, CW.entryIntoForce), iri(a, DCTerms.source),
                str(a, CW.standing), conf == null ? 1.0 : conf.getDouble(), strings(a, CW.secondarySource),
                strings(a, SKOS.editorialNote));
    }

    private static LocalDate date(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : LocalDate.parse(s.getLiteral().getLexicalForm());
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEach(s -> out.add(s.getString()));
        out.sort(null);
        return out;
    }

    private static Application application(Resource a) {
        Resource timeline = a.getPropertyResourceValue(CW.timeline);
        Resource route = a.getPropertyResourceValue(CW.route);
        Statement conf = a.getProperty(CW.confidence);
        return new Application(timeline == null ? "?" : timelineName(timeline),
                LocalDate.parse(a.getProperty(CW.appliesFrom).getLiteral().getLexicalForm()),
                route == null ? null : localName(route), conf == null ? 1.0 : conf.getDouble(),
                iri(a, DCTerms.source), str(a, SKOS.editorialNote));
    }

    /** "original" or "amended", the names users pass as {@code timeline}. */
    private static String timelineName(Resource timeline) {
        return Timelines.name(timeline.getURI());
    }

    /** The most specific provision class: the cw: type that is not cw:Provision. */
    private static String type(Resource r) {
        return r.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                .filter(u -> u.startsWith(CW.NS) && !u.equals(CW.Provision.getURI()))
                .map(u -> u.substring(CW.NS.length())).sorted().findFirst().orElse("Provision");
    }

    private static String localName(Resource r) {
        String u = r.getURI();
        return u.startsWith(CW.NS) ? u.substring(CW.NS.length()) : u;
    }

    private static String str(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }

    private static String iri(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isURIResource() ? null : s.getResource().getURI();
    }
}
