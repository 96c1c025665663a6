package dev.crosswalk.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Crosswalk ontology (ontology/crosswalk.ttl) and the project's IRI spaces. */
public final class CW {
    public static final String NS = "https://w3id.org/crosswalk/ontology#";
    public static final String ID = "https://w3id.org/crosswalk/id/";
    public static final String GRAPH = "https://w3id.org/crosswalk/graph/";
    public static final String SHAPES = "https://w3id.org/crosswalk/shapes#";

    public static final Resource Framework = res("Framework");
    public static final Resource Provision = res("Provision");
    public static final Resource Mapping = res("Mapping");
    public static final Resource MappingSet = res("MappingSet");
    public static final Resource Application = res("Application");
    public static final Resource OriginalTimeline = res("OriginalTimeline");
    public static final Resource Amended2026Timeline = res("Amended2026Timeline");
    public static final Resource AmendingAct = res("AmendingAct");

    public static final Property paraphrase = prop("paraphrase");
    public static final Property confidence = prop("confidence");
    public static final Property sortKey = prop("sortKey");
    public static final Property referenceList = prop("referenceList");
    public static final Property notationPattern = prop("notationPattern");
    public static final Property version = prop("version");
    public static final Property frameworkStatus = prop("frameworkStatus");
    public static final Property effectiveFrom = prop("effectiveFrom");
    public static final Property effectiveUntil = prop("effectiveUntil");
    public static final Property supersededBy = prop("supersededBy");
    public static final Property eli = prop("eli");
    public static final Property chapter = prop("chapter");
    public static final Property section = prop("section");
    public static final Property theme = prop("theme");
    public static final Property ordinal = prop("ordinal");
    public static final Property underPrinciple = prop("underPrinciple");
    public static final Property application = prop("application");
    public static final Property timeline = prop("timeline");
    public static final Property appliesFrom = prop("appliesFrom");
    public static final Property route = prop("route");
    public static final Property amendedBy = prop("amendedBy");
    public static final Property introducedBy = prop("introducedBy");
    public static final Property verificationStatus = prop("verificationStatus");
    public static final Property deletedBy = prop("deletedBy");
    public static final Property wording = prop("wording");
    public static final Property validFrom = prop("validFrom");
    public static final Property standing = prop("standing");
    public static final Property publishedInOj = prop("publishedInOj");
    public static final Property secondarySource = prop("secondarySource");
    public static final Property subjectTimeline = prop("subjectTimeline");
    public static final Property objectTimeline = prop("objectTimeline");
    public static final Resource ProvisionVersion = res("ProvisionVersion");
    public static final Property entryIntoForce = prop("entryIntoForce");

    public static final Property subject = prop("subject");
    public static final Property object = prop("object");
    public static final Property relation = prop("relation");
    public static final Property predicate = prop("predicate");
    public static final Property strength = prop("strength");
    public static final Property rationale = prop("rationale");
    public static final Property justification = prop("justification");
    public static final Property inMappingSet = prop("inMappingSet");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property sourceLine = prop("sourceLine");
    public static final Property comment = prop("comment");
    public static final Property subjectLabel = prop("subjectLabel");
    public static final Property objectLabel = prop("objectLabel");
    public static final Property fromFramework = prop("fromFramework");
    public static final Property toFramework = prop("toFramework");
    public static final Property rowCount = prop("rowCount");
    public static final Property mapsTo = prop("mapsTo");

    public static final Property importedBy = prop("importedBy");
    public static final Property importedAt = prop("importedAt");
    public static final Property importedFrom = prop("importedFrom");

    public static final Resource InferredMapping = res("InferredMapping");
    public static final Resource Link = res("Link");
    public static final Property linkFrom = prop("linkFrom");
    public static final Property linkTo = prop("linkTo");
    public static final Property linkRelation = prop("linkRelation");
    public static final Property linkStrength = prop("linkStrength");
    public static final Property linkDepth = prop("linkDepth");
    public static final Property via = prop("via");
    public static final Property reversed = prop("reversed");
    public static final Property prefix = prop("prefix");
    public static final Property step = prop("step");

    public static final String MAPPING = "https://w3id.org/crosswalk/mapping/";
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    public static final String NO_TERM_FOUND = "https://w3id.org/sssom/NoTermFound";

    public static final Property contentHash = prop("contentHash");
    public static final Property publishedAt = prop("publishedAt");
    public static final Property codeBuild = prop("codeBuild");

    private CW() {}

    /** A node in the cw: namespace. */
    public static org.apache.jena.graph.Node node(String local) {
        return org.apache.jena.graph.NodeFactory.createURI(NS + local);
    }

    private static Resource res(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
