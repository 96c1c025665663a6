package dev.crosswalk.imports;

import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.kb.SourceGraph;
import dev.crosswalk.vocab.CW;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Imports of frameworks and mapping sets: each file is read, built into its graph and validated with
 * the packaged data and the other imports of its scope (the whole reference model is built with it);
 * only then is it stored and the running model replaced. A refused file stores nothing. One import
 * or deletion at a time.
 */
public final class ImportService {
    /** The id of an imported framework: it becomes part of every IRI of the framework. */
    public static final Pattern FRAMEWORK_ID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final int MAX_TITLE = 300;

    private final ImportRepository repository;
    private final DataSource packaged;
    private final Supplier<ReferenceModel> publicModel;
    private final Consumer<ReferenceModel> onPublicChange;
    private final Clock clock;
    private final OrganisationModels organisations = new OrganisationModels();
    /** The digest of the stored public imports the running public model was built with (see {@link #refresh()}). */
    private String publicDigest;

    /**
     * {@code publicModel} is the model running now (packaged data and public imports); {@code onPublicChange}
     * receives the new one after a public import or deletion was stored.
     */
    public ImportService(ImportRepository repository, DataSource packaged, Supplier<ReferenceModel> publicModel,
                         Consumer<ReferenceModel> onPublicChange, Clock clock) {
        this(repository, packaged, publicModel, onPublicChange, clock, null);
    }

    /**
     * As above, where the running public model was built with the stored public imports {@code builtWith};
     * null when not known (the store is then not read here: the first {@link #refresh()} takes what it holds as the start).
     */
    public ImportService(ImportRepository repository, DataSource packaged, Supplier<ReferenceModel> publicModel,
                         Consumer<ReferenceModel> onPublicChange, Clock clock, List<ImportedSource> builtWith) {
        this.repository = repository;
        this.packaged = packaged;
        this.publicModel = publicModel;
        this.onPublicChange = onPublicChange;
        this.clock = clock;
        this.publicDigest = builtWith == null ? null : ImportDigest.of(builtWith);
    }

    /**
     * Catches up with imports made through another instance sharing the store: builds the public model
     * again when the stored public imports differ from those it was built with, and forgets the
     * organisations' models whose stored imports changed. True when the public model was replaced.
     * {@link InvalidImportException} or {@link DataIntegrityException} when the stored imports no
     * longer build; the running model is then kept.
     */
    public synchronized boolean refresh() {
        for (String org : organisations.organisations()) {
            if (!organisations.builtWith(org, ImportDigest.of(repository.list(ImportScope.of(org))))) organisations.remove(org);
        }
        List<ImportedSource> stored = repository.list(ImportScope.PUBLIC);
        String digest = ImportDigest.of(stored);
        if (publicDigest == null) publicDigest = digest;
        if (digest.equals(publicDigest)) return false;
        ReferenceModel next = build(ImportScope.PUBLIC, stored, null);
        publicDigest = digest;
        onPublicChange.accept(next);
        return true;
    }

    /** The imports of a scope, oldest first. */
    public List<ImportedSource> list(ImportScope scope) {
        return repository.list(scope);
    }

    /**
     * Imports a framework from {@code content} in {@code format} as {@code id} titled {@code title};
     * {@link InvalidImportRequestException} for a bad id or title, {@link ImportConflictException} when
     * the id is taken, {@link InvalidImportException} with every problem of a bad file.
     */
    public synchronized ImportedSource importFramework(ImportScope scope, ImportFormat format, String id, String title,
                                                       String fileName, byte[] content, String by) {
        if (format.kind() != ImportKind.FRAMEWORK) throw new InvalidImportRequestException("A framework is read from "
                + ImportFormat.mediaTypes(ImportKind.FRAMEWORK) + ", not " + format.mediaType() + ".");
        if (id == null || !FRAMEWORK_ID.matcher(id).matches()) {
            throw new InvalidImportRequestException("The framework id '" + id + "' must be 2 to 40 lower-case letters, digits and "
                    + "hyphens, starting with a letter (it becomes part of the framework's IRIs).");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new InvalidImportRequestException("The framework needs a title of 1 to " + MAX_TITLE + " characters.");
        }
        ReferenceModel current = model(scope);
        if (current.catalog().framework(id).isPresent() || current.graph(ImportedGraphs.graphName(ImportKind.FRAMEWORK, id)).isPresent()) {
            throw new ImportConflictException(taken(scope, ImportKind.FRAMEWORK, id));
        }
        refusePrivateClash(scope, ImportKind.FRAMEWORK, id);
        return add(scope, current, source(ImportKind.FRAMEWORK, format, id, title.strip(), fileName, content, by));
    }

    /** Imports an SSSOM TSV mapping set, its id from the header's {@code mapping_set_id}; failures as for frameworks. */
    public synchronized ImportedSource importMappingSet(ImportScope scope, String fileName, byte[] content, String by) {
        String name = fileName(fileName, "mappings.sssom.tsv");
        MappingSetImport.Header header = MappingSetImport.header(name, content);
        ReferenceModel current = model(scope);
        boolean iriTaken = current.union().contains(NodeFactory.createURI(header.iri()), RDF.type.asNode(), CW.MappingSet.asNode());
        if (current.graph(ImportedGraphs.graphName(ImportKind.MAPPING_SET, header.id())).isPresent() || iriTaken) {
            throw new ImportConflictException(taken(scope, ImportKind.MAPPING_SET, header.id()));
        }
        refusePrivateClash(scope, ImportKind.MAPPING_SET, header.id());
        return add(scope, current, source(ImportKind.MAPPING_SET, ImportFormat.SSSOM_TSV, header.id(), null, name, content, by));
    }

    /**
     * Deletes an imported framework or mapping set; {@link UnknownImportException} when there is none,
     * {@link ImportConflictException} for a packaged one or a framework an imported mapping set uses.
     */
    public synchronized void delete(ImportScope scope, ImportKind kind, String id) {
        List<ImportedSource> stored = repository.list(scope);
        if (stored.stream().noneMatch(s -> s.kind() == kind && s.id().equals(id))) {
            ReferenceModel current = model(scope);
            boolean loaded = kind == ImportKind.FRAMEWORK ? current.catalog().framework(id).isPresent()
                    : current.graph(ImportedGraphs.graphName(kind, id)).isPresent();
            if (loaded) throw new ImportConflictException("The " + kind.token() + " '" + id + "' is not "
                    + (scope.isPublic() ? "an import: the packaged reference data cannot be deleted." : "one of " + scope + "'s imports."));
            throw new UnknownImportException("No imported " + kind.token() + " '" + id + "' in the " + scope + " scope.");
        }
        if (kind == ImportKind.FRAMEWORK) {
            List<String> users = usersOf(scope, id);
            if (!users.isEmpty()) {
                throw new ImportConflictException("The framework '" + id + "' is still used by the imported mapping set(s) "
                        + String.join(", ", users) + ": delete them first.");
            }
        }
        List<ImportedSource> rest = stored.stream().filter(s -> !(s.kind() == kind && s.id().equals(id))).toList();
        ReferenceModel next;
        try {
            // an organisation left with no imports of its own sees the public model itself
            next = rest.isEmpty() && !scope.isPublic() ? publicModel.get() : build(scope, rest, null);
        } catch (DataIntegrityException e) {
            throw new ImportConflictException("Without it the reference data would no longer be valid: " + e.getMessage());
        }
        if (!repository.remove(scope, kind, id)) throw new UnknownImportException("No imported " + kind.token() + " '" + id + "'.");
        changed(scope, next);
    }

    /**
     * The reference model of a scope: the running public one; for an organisation, the public one when
     * it imported nothing, else the packaged data with the public and its own imports (built once per
     * public model and import, then kept).
     */
    public ReferenceModel model(ImportScope scope) {
        ReferenceModel base = publicModel.get();
        if (scope.isPublic()) return base;
        return organisations.get(scope.organisation(), base).orElseGet(() -> {
            synchronized (this) {
                ReferenceModel now = publicModel.get();
                return organisations.get(scope.organisation(), now).orElseGet(() -> {
                    List<ImportedSource> own = repository.list(scope);
                    ReferenceModel model = own.isEmpty() ? now : build(scope, own, null);
                    organisations.put(scope.organisation(), now, model, ImportDigest.of(own));
                    return model;
                });
            }
        });
    }

    /**
     * The model of a scope with its stored {@code sources} and, when not null, the one being added: its
     * reading problems and the shapes' violations of it are reported together.
     */
    private ReferenceModel build(ImportScope scope, List<ImportedSource> sources, ImportedGraphs.Built added) {
        List<SourceGraph> graphs = new ArrayList<>();
        if (!scope.isPublic()) graphs.addAll(ImportedGraphs.of(repository.list(ImportScope.PUBLIC)));
        graphs.addAll(ImportedGraphs.of(sources));
        if (added == null) return ReferencePipeline.of(packaged).including(graphs).run();
        graphs.add(added.graph());
        List<ImportProblem> problems = new ArrayList<>(added.problems());
        try {
            ReferenceModel model = ReferencePipeline.of(packaged).including(graphs).run();
            if (problems.isEmpty()) return model;
        } catch (DataIntegrityException e) {
            if (e.report() == null) problems.add(ImportProblem.file(e.getMessage()));
            else problems.addAll(ViolationProblems.of(e.report(), added.graph().graph(), added.columns()));
        }
        throw new InvalidImportException(problems);
    }

    private ImportedSource add(ImportScope scope, ReferenceModel current, ImportedSource source) {
        Set<String> frameworks = current.catalog().frameworks().stream().map(f -> f.id()).collect(Collectors.toSet());
        ImportedGraphs.Built built = ImportedGraphs.of(source, frameworks);
        ReferenceModel next = build(scope, repository.list(scope), built);
        repository.add(scope, source);
        changed(scope, next);
        return source;
    }

    private void changed(ImportScope scope, ReferenceModel next) {
        List<ImportedSource> stored = repository.list(scope);
        if (scope.isPublic()) {
            publicDigest = ImportDigest.of(stored);
            onPublicChange.accept(next);  // organisations' models are built again on next use
        } else {
            organisations.put(scope.organisation(), publicModel.get(), next, ImportDigest.of(stored));
        }
    }

    /** The imported mapping sets (of this scope, and of every organisation for a public framework) that map {@code framework}. */
    private List<String> usersOf(ImportScope scope, String framework) {
        List<String> out = new ArrayList<>();
        List<ImportScope> scopes = new ArrayList<>(List.of(scope));
        if (scope.isPublic()) repository.organisations().forEach(o -> scopes.add(ImportScope.of(o)));
        for (ImportScope s : scopes) {
            for (ImportedSource set : repository.list(s)) {
                if (set.kind() != ImportKind.MAPPING_SET) continue;
                if (ImportedGraphs.frameworksOf(ImportedGraphs.of(set, null).graph()).contains(framework)) {
                    out.add("'" + set.id() + "'" + (s.equals(scope) ? "" : " (" + s + ")"));
                }
            }
        }
        return out;
    }

    /** For a public import: an organisation's private import with the same id would clash in that organisation's model. */
    private void refusePrivateClash(ImportScope scope, ImportKind kind, String id) {
        if (!scope.isPublic()) return;
        for (String org : repository.organisations()) {
            if (repository.list(ImportScope.of(org)).stream().anyMatch(s -> s.kind() == kind && s.id().equals(id))) {
                throw new ImportConflictException("The id '" + id + "' is taken by a private import of organisation '" + org
                        + "': choose another.");
            }
        }
    }

    private String taken(ImportScope scope, ImportKind kind, String id) {
        boolean imported = repository.list(scope).stream().anyMatch(s -> s.kind() == kind && s.id().equals(id));
        return imported ? "The " + kind.token() + " '" + id + "' is imported already: delete it first to replace it."
                : "The id '" + id + "' is taken by the reference data (a packaged " + kind.token()
                + (scope.isPublic() ? "" : " or a public import") + "): choose another.";
    }

    private ImportedSource source(ImportKind kind, ImportFormat format, String id, String title, String fileName, byte[] content,
                                  String by) {
        if (by == null || by.isBlank()) throw new InvalidImportRequestException("An import needs to know who makes it.");
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.isBlank()) throw new InvalidImportException(List.of(ImportProblem.at(1, null, "The file is empty.")));
        String name = fileName(fileName, kind == ImportKind.FRAMEWORK ? id + (format == ImportFormat.CSV ? ".csv" : ".json") : "mappings.sssom.tsv");
        return new ImportedSource(kind, format, id, title, name, text, by.strip(), Instant.now(clock));
    }

    /** The file's own name (no folders, no control characters, at most 200 characters), or {@code fallback}. */
    static String fileName(String given, String fallback) {
        if (given == null) return fallback;
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.length() > 200) name = name.substring(name.length() - 200);
        return name.isEmpty() ? fallback : name;
    }
}
