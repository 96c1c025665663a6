package dev.crosswalk.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;

/**
 * Validates Jena graphs against SHACL shapes with RDF4J's ShaclSail (the project's reference
 * SHACL engine: it supports SHACL-SPARQL constraints and RDFS subclass targets).
 */
public final class ShaclValidator {

    private final Model shapes;

    private ShaclValidator(Model shapes) {
        this.shapes = shapes;
        // the pooled sails outlive no validator: shut down when it is collected (an import's new core drops the old one)
        Deque<LoadedSail> sails = idle;
        CLEANER.register(this, () -> sails.forEach(LoadedSail::shutDown));
    }

    private static final Cleaner CLEANER = Cleaner.create();

    /** A validator for the shapes in the given Jena graph. */
    public static ShaclValidator of(Graph shapesGraph) {
        return new ShaclValidator(toRdf4j(shapesGraph));
    }

    /** Validates {@code data}; never throws for invalid data, only for engine failures. */
    public ValidationReport validate(Graph data) {
        return validate(data, null);
    }

    /** Sails with the shapes compiled and the constant graph loaded, each used by one call at a time. */
    private final Deque<LoadedSail> idle = new ConcurrentLinkedDeque<>();
    /** At most this many idle sails are kept: enough for the concurrent requests two cores serve. */
    private static final int POOL = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Data graphs up to this size (a profile of about 2,000 AI systems) use the pooled sails. */
    static final int POOLED_MAX_TRIPLES = 20_000;

    /**
     * Validates the union of {@code data} and {@code fixed}, a graph the caller passes unchanged on every call (the
     * mapping edges, the catalog's provision types). It runs in a sail that already holds the compiled shapes and
     * {@code fixed}: only {@code data} is added, validated in bulk and removed again, and the sail goes back to a small
     * pool. Another {@code fixed} graph gets new sails.
     */
    public ValidationReport validate(Graph data, Graph fixed) {
        if (fixed == null) return validateOnce(toRdf4j(data), null);
        // a big graph gains little from a loaded sail (its own statements dominate) and would leave the pooled store with
        // that many removed statements to skip until RDF4J cleans them up: it gets a new sail, as before the pool
        if (data.size() > POOLED_MAX_TRIPLES) return validateOnce(toRdf4j(data), toRdf4j(fixed));
        LoadedSail sail = idle.pollFirst();
        while (sail != null && sail.fixed() != fixed) {
            sail.shutDown();
            sail = idle.pollFirst();
        }
        if (sail == null) sail = new LoadedSail(shapes, fixed);
        boolean reusable = false;
        try {
            Optional<Model> results = sail.validate(toRdf4j(data));
            reusable = true;
            return new ValidationReport(results.map(this::parse).orElse(List.of()));
        } finally {
            if (reusable && idle.size() < POOL) idle.offerFirst(sail);
            else sail.shutDown();
        }
    }

    /** A ShaclSail over a MemoryStore with the shapes and a constant graph committed; not thread-safe, pooled. */
    private static final class LoadedSail {
        private final Graph fixed;
        private final Model fixedModel;
        private final ShaclSail sail = new ShaclSail(new MemoryStore());
        private final SailRepository repo = new SailRepository(sail);
        private final SailRepositoryConnection conn;

        LoadedSail(Model shapes, Graph fixed) {
            this.fixed = fixed;
            this.fixedModel = toRdf4j(fixed);
            sail.setRdfsSubClassReasoning(true);
            repo.init();
            conn = repo.getConnection();
            conn.begin();
            conn.add(shapes, RDF4J.SHACL_SHAPE_GRAPH);
            conn.commit();
            sail.disableValidation();
            conn.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            conn.add(fixedModel);
            conn.commit();
            sail.enableValidation();
        }

        Graph fixed() {
            return fixed;
        }

        /** Adds {@code data}, validates the whole store in bulk as a fresh sail would, and removes {@code data} again. */
        Optional<Model> validate(Model data) {
            // statements the constant graph has too stay: removing them afterwards would change the next call's data
            Model own = new LinkedHashModel();
            data.forEach(st -> { if (!fixedModel.contains(st)) own.add(st); });
            sail.disableValidation();
            conn.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            conn.add(own);
            conn.commit();
            Optional<Model> report = bulkValidate(sail, conn);
            sail.disableValidation();
            conn.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            conn.remove(own);
            conn.commit();
            sail.enableValidation();
            return report;
        }

        void shutDown() {
            try {
                conn.close();
            } finally {
                repo.shutDown();
            }
        }
    }

    /** A new sail for one validation: the shapes, then {@code data} and {@code fixed} (may be null), then bulk validation. */
    private ValidationReport validateOnce(Model data, Model fixedModel) {
        ShaclSail sail = new ShaclSail(new MemoryStore());
        sail.setRdfsSubClassReasoning(true);
        SailRepository repo = new SailRepository(sail);
        repo.init();
        try (SailRepositoryConnection conn = repo.getConnection()) {
            conn.begin();
            conn.add(shapes, RDF4J.SHACL_SHAPE_GRAPH);
            conn.commit();
            // Load first, then validate everything in one bulk transaction: validated while still in the transaction, the
            // data sits in an unindexed change set that every SPARQL constraint scans (the gap shapes ran 9 times slower).
            sail.disableValidation();
            conn.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            conn.add(data);
            if (fixedModel != null) conn.add(fixedModel);
            conn.commit();
            return new ValidationReport(bulkValidate(sail, conn).map(this::parse).orElse(List.of()));
        } finally {
            repo.shutDown();
        }
    }

    /** Validates everything the sail holds in one empty bulk transaction: the report, empty when it conforms. */
    private static Optional<Model> bulkValidate(ShaclSail sail, SailRepositoryConnection conn) {
        sail.enableValidation();
        conn.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
        try {
            conn.commit();
            return Optional.empty();
        } catch (RepositoryException e) {
            Optional<ValidationException> cause = validationCause(e);
            if (cause.isEmpty()) throw e;
            conn.rollback();
            return Optional.of(cause.get().validationReportAsModel());
        }
    }

    /** For tests: the same validation in a new sail, as before the pool. */
    ValidationReport validateInNewSail(Graph data, Graph fixed) {
        return validateOnce(toRdf4j(data), toRdf4j(fixed));
    }

    private static Optional<ValidationException> validationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) return Optional.of(v);
        }
        return Optional.empty();
    }

    private List<Violation> parse(Model report) {
        List<Violation> out = new ArrayList<>();
        for (Resource result : report.filter(null, SHACL.FOCUS_NODE, null).subjects()) {
            String focus = str(Models.getProperty(report, result, SHACL.FOCUS_NODE));
            String path = Models.getProperty(report, result, SHACL.RESULT_PATH).map(Value::stringValue).orElse(null);
            Optional<Value> shape = Models.getProperty(report, result, SHACL.SOURCE_SHAPE);
            Optional<Value> constraint = Models.getProperty(report, result, SHACL.SOURCE_CONSTRAINT);
            String value = Models.getProperty(report, result, SHACL.VALUE).map(Value::stringValue).orElse(null);
            String severity = Models.getProperty(report, result, SHACL.RESULT_SEVERITY)
                    .map(v -> ((IRI) v).getLocalName()).orElse("Violation");
            String message = Models.getProperty(report, result, SHACL.RESULT_MESSAGE).map(Value::stringValue)
                    .or(() -> constraint.flatMap(this::messageOf))
                    .or(() -> shape.flatMap(this::messageOf))
                    .orElseGet(() -> Models.getProperty(report, result, SHACL.SOURCE_CONSTRAINT_COMPONENT)
                            .map(v -> "violates " + ((IRI) v).getLocalName()).orElse("violation"));
            String shapeName = constraint.filter(Value::isIRI).or(() -> shape).map(this::nameOf).orElse("?");
            out.add(new Violation(focus, path, shapeName, message, value, severity));
        }
        // One shape may fail several of its constraints (datatype, min, max) with the same message: report it once.
        return out.stream().distinct().sorted(Violation.REPORT_ORDER).toList();
    }

    private Optional<String> messageOf(Value shape) {
        if (!(shape instanceof Resource r)) return Optional.empty();
        return Models.getProperty(shapes, r, SHACL.MESSAGE).map(Value::stringValue);
    }

    /** Names a shape by IRI; a blank-node property shape by its path. */
    private String nameOf(Value shape) {
        if (shape.isIRI()) return shape.stringValue();
        return Models.getProperty(shapes, (Resource) shape, SHACL.PATH)
                .map(p -> "property shape on " + p.stringValue()).orElse("anonymous shape");
    }

    private static String str(Optional<Value> v) {
        return v.map(x -> x.isBNode() ? "_:" + x.stringValue() : x.stringValue()).orElse("?");
    }

    static Model toRdf4j(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        try {
            return Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.NTRIPLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
