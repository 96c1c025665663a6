package dev.crosswalk.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
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
    }

    /** A validator for the shapes in the given Jena graph. */
    public static ShaclValidator of(Graph shapesGraph) {
        return new ShaclValidator(toRdf4j(shapesGraph));
    }

    /** Validates {@code data}; never throws for invalid data, only for engine failures. */
    public ValidationReport validate(Graph data) {
        return validate(data, null);
    }

    /** The last constant graph converted, with its RDF4J copy (read-only once made). */
    private record Converted(Graph graph, Model model) {}

    private volatile Converted constant;

    /**
     * Validates the union of {@code data} and {@code constant}, a graph the caller passes unchanged on every call (the
     * mapping edges, the catalog's provision types): it is converted to RDF4J once, not per request.
     */
    public ValidationReport validate(Graph data, Graph fixed) {
        Model fixedModel = null;
        if (fixed != null) {
            Converted c = constant;
            if (c == null || c.graph() != fixed) {
                c = new Converted(fixed, toRdf4j(fixed));
                constant = c;
            }
            fixedModel = c.model();
        }
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
            conn.add(toRdf4j(data));
            if (fixedModel != null) conn.add(fixedModel);
            conn.commit();
            sail.enableValidation();
            conn.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            try {
                conn.commit();
                return new ValidationReport(List.of());
            } catch (RepositoryException e) {
                Optional<ValidationException> cause = validationCause(e);
                if (cause.isEmpty()) throw e;
                conn.rollback();
                return new ValidationReport(parse(cause.get().validationReportAsModel()));
            }
        } finally {
            repo.shutDown();
        }
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
