package dev.crosswalk.query;

import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.kb.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The named queries of {@code queries/}: parsed once, run with values bound by substitution —
 * user input never becomes query text.
 */
public final class NamedQueries {
    private final Map<String, NamedQuery> queries;

    private NamedQueries(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    public static NamedQueries load(DataSource source) {
        Map<String, NamedQuery> out = new LinkedHashMap<>();
        for (String path : source.list("queries", ".rq")) {
            NamedQuery q = parse(path, new String(source.read(path), StandardCharsets.UTF_8));
            out.put(q.name(), q);
        }
        return new NamedQueries(out);
    }

    static NamedQuery parse(String path, String text) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        String name = file.substring(0, file.length() - ".rq".length());
        String purpose = null;
        String example = null;
        List<QueryParameter> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) continue;
            String body = line.substring(1).trim();
            if (body.startsWith("purpose:")) purpose = body.substring(8).trim();
            else if (body.startsWith("example:")) example = body.substring(8).trim();
            else if (body.startsWith("param:")) {
                String[] parts = body.substring(6).trim().split("\\s+", 3);
                if (parts.length < 3) throw new DataIntegrityException(path + ": a param line needs '<name> <kind> <description>'", (Throwable) null);
                // "format" picks the output format of GET /api/v1/queries/{name}; it cannot also be a parameter
                if (parts[0].equals("format")) throw new DataIntegrityException(path + ": 'format' is reserved and cannot name a parameter", (Throwable) null);
                params.add(new QueryParameter(parts[0], parts[1], parts[2]));
            }
        }
        if (purpose == null) throw new DataIntegrityException(path + ": the header has no '# purpose:' line", (Throwable) null);
        try {
            Query query = QueryFactory.create(text);
            return new NamedQuery(name, purpose, List.copyOf(params), example, text, query);
        } catch (QueryParseException e) {
            throw new DataIntegrityException(path + ": SPARQL syntax error: " + e.getMessage(), e);
        }
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public NamedQuery require(String name) {
        NamedQuery q = queries.get(name);
        if (q == null) throw new IllegalArgumentException("No named query '" + name + "'; known: " + queries.keySet());
        return q;
    }

    /** Runs a SELECT with {@code values} substituted for its variables, in a read transaction. */
    public List<Binding> select(String name, Map<String, Node> values, DatasetGraph dataset) {
        NamedQuery q = require(name);
        BindingBuilder b = BindingBuilder.create();
        values.forEach((k, v) -> b.add(Var.alloc(k), v));
        Binding binding = b.build();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(q.query()).substitution(binding).build()) {
                RowSet rows = exec.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(out::add);
                return out;
            }
        });
    }
}
