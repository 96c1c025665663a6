package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gap analysis, SoA and IMS plan on the shipped example profiles: specific entries, not just "a report came back". */
class GapAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    static OrganisationProfile example(String name) throws IOException {
        return JSON.readValue(Path.of("..", "examples", name + ".json").toFile(), OrganisationProfile.class);
    }

    private static GapReport.FrameworkResult framework(GapReport r, String id) {
        return r.frameworks().stream().filter(f -> f.framework().equals(id)).findFirst().orElseThrow();
    }

    private static GapReport.RequirementResult requirement(GapReport r, String fw, String ref) {
        return framework(r, fw).requirements().stream().filter(q -> q.provision().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not a requirement of " + fw));
    }

    private static GapReport.SystemResult system(GapReport r, String id) {
        return r.aiSystems().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ukBankCreditModelIsHighRiskAndConformityAssessmentIsAGapNoIsoControlFills() throws IOException {
        GapReport r = cw.gaps().analyse(example("uk-bank"));
        assertThat(r.frameworks()).extracting(GapReport.FrameworkResult::framework).containsExactly("iso42001", "eu-ai-act", "uk-fca");
        GapReport.SystemResult credit = system(r, "credit-scoring");
        assertThat(credit.riskCategory()).isEqualTo("high-risk");
        assertThat(credit.obligations()).filteredOn(o -> o.provision().equals("eu-ai-act:Art. 43"))
                .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(GapStatus.GAP));
        // logging in the ISMS (iso27001:A.8.15) carries partly into Art. 12 record-keeping, with its mapping row
        GapReport.RequirementResult art12 = requirement(r, "eu-ai-act", "eu-ai-act:Art. 12");
        assertThat(art12.status()).isEqualTo(GapStatus.PARTIAL);
        assertThat(art12.coveredBy()).anySatisfy(c -> {
            assertThat(c.control()).isEqualTo("iso27001:A.8.15");
            assertThat(c.relation()).isEqualTo(Relation.INTERSECTS_WITH);
            assertThat(c.chain()).isNotEmpty();
        });
        assertThat(requirement(r, "iso42001", "iso42001:A.10.4").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(requirement(r, "iso42001", "iso42001:A.6.2.4").status()).isEqualTo(GapStatus.COVERED);
    }

    @Test
    void theNamedQueryGivesTheSameStatusesAsTheShapes() throws IOException {
        for (String name : List.of("uk-bank", "hr-tech", "small-provider")) {
            OrganisationProfile p = example(name);
            GapAnalysis.Prepared prepared = cw.gaps().prepare(p);
            GapReport report = cw.gaps().analyse(prepared);
            Map<String, String> expected = new TreeMap<>();
            report.frameworks().forEach(f -> f.requirements().forEach(q -> expected.put(q.provision(), q.status().label())));
            var ds = DatasetGraphFactory.createTxnMem();
            var g = cw.gaps().evaluationGraph(prepared);
            Txn.executeWrite(ds, () -> g.find().forEach(ds.getDefaultGraph()::add));
            Node orgNode = g.find(Node.ANY, RDF.type.asNode(),
                    CW.node("Organisation")).next().getSubject();
            Map<String, String> actual = new TreeMap<>();
            cw.queries().select("gaps", Map.of("org", orgNode), ds).forEach(b -> actual.put(
                    cw.catalog().provisionByIri(b.get("provision").getURI()).orElseThrow().ref(), b.get("status").getLiteralLexicalForm()));
            assertThat(actual).as(name).isEqualTo(expected);
        }
    }

    @Test
    void scoresCountCoveredAsOneAndPartialAsHalfOverApplicableRequirements() throws IOException {
        // ISO 42001 only, no management system, no AI system: 32 leaf clauses + 38 Annex A controls = 70 requirements.
        // Within one framework nothing maps, so only the declared provisions themselves count.
        OrganisationProfile p = JSON.readValue("""
                {"organisation": {"id": "score-check", "name": "Score check", "sector": "other", "jurisdictions": ["EU"]},
                 "scope": {"frameworks": ["iso42001"]},
                 "controls": [
                   {"provision": "iso42001:A.6.2.4", "status": "implemented"},
                   {"provision": "iso42001:A.6.2.8", "status": "implemented"},
                   {"provision": "iso42001:7.5.3", "status": "implemented"},
                   {"provision": "iso42001:A.6.2.5", "status": "partial"},
                   {"provision": "iso42001:9.2.1", "status": "partial"},
                   {"provision": "iso42001:A.7.4", "status": "planned"},
                   {"provision": "iso42001:A.10.4", "status": "not-applicable", "justification": "No third-party customers."}]}
                """, OrganisationProfile.class);
        GapReport.FrameworkResult f = framework(cw.gaps().analyse(p), "iso42001");
        assertThat(f.requirements()).hasSize(70);
        assertThat(f.counts()).containsEntry("covered", 3).containsEntry("partial", 2).containsEntry("not-applicable", 1)
                .containsEntry("gap", 64).containsEntry("applicable", 69);
        // (3 × 1 + 2 × 0.5) / 69 = 4 / 69 = 0.05797…, rounded to three places; the planned control counts nothing
        assertThat(f.score()).isEqualTo(0.058);
    }

    @Test
    void registrationIsAGapWithEveryIso42001ProvisionImplementedAndA85IsRelatedEvidenceOnly() throws IOException {
        StringBuilder controls = new StringBuilder();
        for (var prov : cw.catalog().provisions("iso42001")) {
            if (!prov.type().equals("Control") && !prov.type().equals("Clause")) continue;
            if (controls.length() > 0) controls.append(',');
            controls.append("{\"provision\": \"").append(prov.ref()).append("\", \"status\": \"implemented\"}");
        }
        OrganisationProfile p = JSON.readValue("""
                {"organisation": {"id": "all-iso", "name": "All of ISO 42001", "sector": "technology", "jurisdictions": ["EU"]},
                 "scope": {"frameworks": ["iso42001", "eu-ai-act"]},
                 "aiSystems": [{"id": "scoring", "role": "provider", "annexIII": "5(b)", "profiling": true}],
                 "controls": [%s]}
                """.formatted(controls), OrganisationProfile.class);
        assertThat(p.controls()).hasSizeGreaterThan(38);
        GapReport r = cw.gaps().analyse(p);
        GapReport.RequirementResult art49 = requirement(r, "eu-ai-act", "eu-ai-act:Art. 49");
        // the set says nothing in ISO 42001 registers a system: no positive row from ISO 42001 may cover it, even in part
        assertThat(art49.status()).isEqualTo(GapStatus.GAP);
        assertThat(art49.coveredBy()).noneMatch(c -> c.effect() == Effect.COVERS || c.effect() == Effect.PARTIAL);
        assertThat(art49.coveredBy()).filteredOn(c -> c.control().equals("iso42001:A.8.5")).singleElement().satisfies(c -> {
            assertThat(c.effect()).isEqualTo(Effect.RELATED);
            assertThat(c.relation()).isEqualTo(Relation.INTERSECTS_WITH);
            assertThat(c.chain()).singleElement().satisfies(s -> assertThat(s.mappingSet()).isEqualTo("iso42001-eu-ai-act"));
            assertThat(c.note()).contains("nothing in iso42001 corresponds to eu-ai-act:Art. 49 (no-relationship)")
                    .contains("below the minimum strength 4");
        });
        // the same system's Art. 9 still counts ISO 42001's risk process as partial coverage
        assertThat(requirement(r, "eu-ai-act", "eu-ai-act:Art. 9").status()).isEqualTo(GapStatus.PARTIAL);
        assertThat(system(r, "scoring").obligations()).filteredOn(o -> o.provision().equals("eu-ai-act:Art. 49"))
                .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(GapStatus.GAP));
    }

    @Test
    void ukBankClausesTheImsPlanReusesAreCoveredThroughTheCertificateAndTheSoaAgrees() throws IOException {
        OrganisationProfile bank = example("uk-bank");
        GapReport r = cw.gaps().analyse(bank);
        ImsPlanner.Plan plan = cw.imsPlanner().plan(bank, null);
        Map<String, GapReport.RequirementResult> iso = new LinkedHashMap<>();
        framework(r, "iso42001").requirements().forEach(q -> iso.put(q.provision(), q));
        List<ImsPlanner.Item> reused = plan.items().stream().filter(i -> i.action().equals("reuse") && iso.containsKey(i.provision())).toList();
        assertThat(reused).extracting(ImsPlanner.Item::provision).contains("iso42001:7.5.3", "iso42001:9.2.1", "iso42001:9.3.1")
                .hasSizeGreaterThan(15);
        for (ImsPlanner.Item item : reused) {
            GapReport.RequirementResult row = iso.get(item.provision());
            assertThat(row.status()).as(item.provision()).isEqualTo(GapStatus.COVERED);
            assertThat(row.coveredBy()).as(item.provision()).anySatisfy(c -> {
                assertThat(c.certifiedBy()).isIn("iso27001", "iso22301");
                assertThat(c.effect()).isEqualTo(Effect.COVERS);
                assertThat(c.relation()).isIn(Relation.EQUAL, Relation.SUPERSET_OF);
                assertThat(c.chain()).isNotEmpty();
                assertThat(c.chain().get(c.chain().size() - 1).to()).isEqualTo(item.provision());
                assertThat(c.evidence()).anyMatch(e -> e.startsWith(c.certifiedBy() + " certificate"));
                assertThat(item.from()).contains(c.control());
            });
        }
        assertThat(iso.get("iso42001:7.5.3").coveredBy()).filteredOn(c -> c.control().equals("iso27001:7.5.3")).singleElement()
                .satisfies(c -> assertThat(c.evidence()).containsExactly(
                        "iso27001 certificate IS 712345 (accredited certification body, valid to 2028-03-31)"));
        // and the other way round: whatever a certified clause covers, the IMS plan reuses
        List<String> coveredByCertificate = iso.values().stream().filter(q -> q.coveredBy().stream()
                .anyMatch(c -> c.certifiedBy() != null && c.effect() == Effect.COVERS)).map(GapReport.RequirementResult::provision).toList();
        assertThat(coveredByCertificate).containsExactlyInAnyOrderElementsOf(reused.stream().map(ImsPlanner.Item::provision).toList());
        // a clause the plan extends from a certified clause is partial, not a plain gap (e.g. 4.1: the ISMS context is a subset)
        List<ImsPlanner.Item> extended = plan.items().stream().filter(i -> i.action().equals("extend") && iso.containsKey(i.provision())
                && i.provision().matches("iso42001:\\d.*")).toList();
        assertThat(extended).isNotEmpty();
        extended.forEach(i -> assertThat(iso.get(i.provision()).status()).as(i.provision()).isIn(GapStatus.PARTIAL, GapStatus.COVERED));
        // the SoA is built from the same analysis: its coverage column is the gap status, and its evidence never
        // comes from related or planned controls
        StatementOfApplicability.Soa soa = cw.soa().build(bank);
        assertThat(soa.controls()).hasSize(38);
        for (StatementOfApplicability.Entry e : soa.controls()) {
            GapReport.RequirementResult row = iso.get(e.provision());
            assertThat(e.coverage()).as(e.provision()).isEqualTo(row.status());
            List<String> counting = row.coveredBy().stream().filter(c -> !c.control().equals(e.provision())
                    && (c.effect() == Effect.COVERS || c.effect() == Effect.PARTIAL)).map(GapReport.Coverage::control).toList();
            e.evidence().stream().filter(x -> x.endsWith(")")).forEach(x ->
                    assertThat(counting).as(e.provision() + ": " + x).anyMatch(c -> x.endsWith("(" + c + ")")));
            boolean reuse = plan.items().stream().anyMatch(i -> i.provision().equals(e.provision()) && i.action().equals("reuse"));
            if (reuse) assertThat(e.status()).as(e.provision()).isIn(SoaStatus.IMPLEMENTED, SoaStatus.IMPLEMENTED_VIA_MAPPING);
        }
    }

    @Test
    void theImsReuseQueryNamesExactlyTheClausesThePlanReuses() throws IOException {
        for (String standard : List.of("iso27001", "iso22301", "iso9001")) {
            OrganisationProfile p = JSON.readValue("""
                    {"organisation": {"id": "ims-check", "name": "IMS check", "sector": "other", "jurisdictions": ["EU"]},
                     "managementSystems": [{"standard": "%s", "certified": true, "certificate": "TEST-1"}],
                     "scope": {"frameworks": ["iso42001"]}}
                    """.formatted(standard), OrganisationProfile.class);
            ImsPlanner.Plan plan = cw.imsPlanner().plan(p, null);
            Set<String> planned = new TreeSet<>();
            plan.items().stream().filter(i -> i.action().equals("reuse")).forEach(i -> i.from().forEach(f -> planned.add(i.provision() + " <- " + f)));
            Set<String> guided = new HashSet<>();
            plan.items().forEach(i -> guided.add(i.provision()));
            Set<String> queried = new TreeSet<>();
            cw.queries().select("ims-reuse", Map.of("existing", NodeFactory.createURI(
                    CW.ID + standard)), cw.referenceDataset()).forEach(b -> {
                String target = cw.catalog().provisionByIri(b.get("iso42001").getURI()).orElseThrow().ref();
                String source = cw.catalog().provisionByIri(b.get("existingProvision").getURI()).orElseThrow().ref();
                if (guided.contains(target)) queried.add(target + " <- " + source);
            });
            assertThat(planned).as(standard).isNotEmpty();
            assertThat(queried).as(standard).isEqualTo(planned);
        }
    }

    @Test
    void theImsReuseQueryHonoursNoRelationshipRowsAsTheRuleDoes() {
        // the shipped sets have no no-relationship row against a reuse pair, so add three to a copy of the reference data
        var g = GraphFactory.createDefaultGraph();
        cw.referenceDataset().getDefaultGraph().find().forEach(g::add);
        String iso42001 = CW.ID + "iso42001/", iso27001 = CW.ID + "iso27001/";
        String hs = CW.ID + "harmonized-structure/";
        // nothing in ISO 27001 corresponds to 42001 7.5.3; nothing in the HS to 42001 9.2.1; 27001 9.3.1 and HS 9.3.1 unrelated
        addNoRelationship(g, "t1", "iso27001", "iso42001", CW.NO_TERM_FOUND, iso42001 + "7.5.3");
        addNoRelationship(g, "t2", "iso42001", "harmonized-structure", iso42001 + "9.2.1", CW.NO_TERM_FOUND);
        addNoRelationship(g, "t3", "iso27001", "harmonized-structure", iso27001 + "9.3.1", hs + "9.3.1");
        var rule = CoverageRule.of(g);
        Set<String> byRule = new TreeSet<>();
        for (var p : cw.catalog().provisions("iso42001")) {
            for (var v : rule.verdictsFor(p.iri())) {
                var c = cw.catalog().provisionByIri(v.control());
                if (c.isPresent() && c.get().frameworkId().equals("iso27001") && CertifiedClauses.isClause4To10(c.get())
                        && v.effect() == Effect.COVERS) byRule.add(p.ref() + " <- " + c.get().ref());
            }
        }
        var ds = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(ds, () -> g.find().forEach(ds.getDefaultGraph()::add));
        Set<String> byQuery = new TreeSet<>();
        cw.queries().select("ims-reuse", Map.of("existing", NodeFactory.createURI(
                CW.ID + "iso27001")), ds).forEach(b -> byQuery.add(
                cw.catalog().provisionByIri(b.get("iso42001").getURI()).orElseThrow().ref() + " <- "
                        + cw.catalog().provisionByIri(b.get("existingProvision").getURI()).orElseThrow().ref()));
        assertThat(byRule).hasSizeGreaterThan(15).doesNotContain("iso42001:7.5.3 <- iso27001:7.5.3",
                "iso42001:9.2.1 <- iso27001:9.2.1", "iso42001:9.3.1 <- iso27001:9.3.1");
        assertThat(byQuery).isEqualTo(byRule);
        // without the three rows all three pairs are reused
        assertThat(cw.coverageRule().assess(iso27001 + "7.5.3", iso42001 + "7.5.3").orElseThrow().effect())
                .isEqualTo(Effect.COVERS);
        assertThat(cw.coverageRule().assess(iso27001 + "9.2.1", iso42001 + "9.2.1").orElseThrow().effect())
                .isEqualTo(Effect.COVERS);
        assertThat(cw.coverageRule().assess(iso27001 + "9.3.1", iso42001 + "9.3.1").orElseThrow().effect())
                .isEqualTo(Effect.COVERS);
    }

    private static void addNoRelationship(Graph g, String id, String from, String to, String subject, String object) {
        var set = NodeFactory.createURI("urn:test:set:" + id);
        var row = NodeFactory.createURI("urn:test:row:" + id);
        g.add(Triple.create(set, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id)));
        g.add(Triple.create(set, CW.node("fromFramework"), NodeFactory.createURI(CW.ID + from)));
        g.add(Triple.create(set, CW.node("toFramework"), NodeFactory.createURI(CW.ID + to)));
        g.add(Triple.create(row, RDF.type.asNode(), CW.node("Mapping")));
        g.add(Triple.create(row, CW.node("inMappingSet"), set));
        g.add(Triple.create(row, CW.node("subject"), NodeFactory.createURI(subject)));
        g.add(Triple.create(row, CW.node("object"), NodeFactory.createURI(object)));
        g.add(Triple.create(row, CW.node("relation"), NodeFactory.createLiteralString("no-relationship")));
        g.add(Triple.create(row, CW.node("strength"), NodeFactory.createLiteralDT("1",
                XSDDatatype.XSDinteger)));
    }

    @Test
    void anUnknownGapShapeIsAnErrorNotPartial() {
        Graph shapes = cw.model().graphs().get(dev.crosswalk.kb.GraphNames.SHAPES_PREFIX + "gaps");
        GapEffects effects = GapEffects.of(shapes);
        StatusBuilder builder = new StatusBuilder(cw.catalog(), cw.coverageRule(), effects, GraphFactory.createDefaultGraph());
        Violation unknown = new Violation("urn:crosswalk:requirement:0", null,
                "https://w3id.org/crosswalk/shapes#GapSomethingNew", "new", "urn:x", "Warning");
        assertThatThrownBy(() -> builder.row(cw.catalog().require("iso42001:A.6.2.4"), List.of(unknown), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GapSomethingNew");
        assertThat(effects.of("https://w3id.org/crosswalk/shapes#GapRelatedEvidence")).isEqualTo(Effect.RELATED);
        // and every constraint the shipped gap shapes declare is one the report knows
        List<String> declared = shapes.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql"), Node.ANY)
                .mapWith(t -> t.getObject().getURI().substring(t.getObject().getURI().indexOf('#') + 1)).toList();
        assertThat(declared).hasSize(10).contains("GapRelatedEvidence", "GapUncovered");
        declared.forEach(shape -> assertThat(effects.of("https://w3id.org/crosswalk/shapes#" + shape)).as(shape).isNotNull());
    }

    @Test
    void hospitalAsPublicBodyDeployerOwesAFundamentalRightsImpactAssessment() throws IOException {
        GapReport r = cw.gaps().analyse(example("hospital"));
        GapReport.SystemResult triage = r.aiSystems().get(0);
        assertThat(triage.riskCategory()).isEqualTo("high-risk");
        assertThat(triage.obligations()).extracting(GapReport.ObligationResult::provision)
                .contains("eu-ai-act:Art. 27", "eu-ai-act:Art. 26(8)", "eu-ai-act:Art. 86");
        assertThat(r.frameworks()).extracting(GapReport.FrameworkResult::framework).doesNotContain("uk-fca");
    }

    @Test
    void railSafetyComponentUnderSectionBHasNoDirectAiActDuties() throws IOException {
        GapReport r = cw.gaps().analyse(example("rail-operator"));
        GapReport.SystemResult s = r.aiSystems().get(0);
        assertThat(s.riskCategory()).isEqualTo("high-risk");
        assertThat(s.obligations()).isEmpty();
        assertThat(s.basis()).contains("eu-ai-act:Art. 2");
    }

    @Test
    void hrTechImpactAssessmentIsPartialAsDeclared() throws IOException {
        GapReport r = cw.gaps().analyse(example("hr-tech"));
        assertThat(requirement(r, "iso42001", "iso42001:6.1.4").status()).isIn(GapStatus.PARTIAL, GapStatus.COVERED);
        assertThat(system(r, "cv-screening").basis()).contains("eu-ai-act:Annex III 4(a)");
    }

    @Test
    void invalidProfilesListEveryViolationByField() throws IOException {
        OrganisationProfile good = example("hr-tech");
        OrganisationProfile bad = new OrganisationProfile(
                new OrganisationProfile.Organisation("Bad Id!", "x", "banking", List.of("US"), null),
                good.managementSystems(), good.scope(), good.aiSystems(),
                List.of(new OrganisationProfile.ControlStatus("iso42001:A.99", "done", null, null),
                        new OrganisationProfile.ControlStatus("iso42001:A.2.2", "not-applicable", null, null)));
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> cw.gaps().analyse(bad));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(InvalidProfileException.FieldError::field).contains(
                "organisation.id", "organisation.sector", "organisation.jurisdictions",
                "controls[0].provision", "controls[0].status", "controls[1]");
        assertThat(e.errors()).anySatisfy(x -> assertThat(x.message()).contains("'iso42001:A.99' is not a provision"));
        assertThat(e.errors()).anySatisfy(x -> assertThat(x.message()).contains("not-applicable needs a justification"));
    }

    @Test
    void statementOfApplicabilityListsAll38ControlsWithExclusionsAndRelatedProvisions() throws IOException {
        StatementOfApplicability.Soa soa = cw.soa().build(example("uk-bank"));
        assertThat(soa.controls()).hasSize(38);
        StatementOfApplicability.Entry excluded = soa.controls().stream().filter(c -> c.provision().equals("iso42001:A.10.4")).findFirst().orElseThrow();
        assertThat(excluded.applicable()).isFalse();
        assertThat(excluded.justification()).isNotBlank();
        StatementOfApplicability.Entry logs = soa.controls().stream().filter(c -> c.provision().equals("iso42001:A.6.2.8")).findFirst().orElseThrow();
        assertThat(logs.related()).contains("iso27001:A.8.15").anyMatch(x -> x.startsWith("eu-ai-act:Art. 12"));
    }

    @Test
    void imsPlanReusesCertifiedSharedProcessesAndBuildsImpactAssessmentNew() throws IOException {
        ImsPlanner.Plan bank = cw.imsPlanner().plan(example("uk-bank"), null);
        assertThat(bank.items()).hasSize(81);
        ImsPlanner.Item docControl = bank.items().stream().filter(i -> i.provision().equals("iso42001:7.5.3")).findFirst().orElseThrow();
        assertThat(docControl.action()).isEqualTo("reuse");
        assertThat(docControl.from()).contains("iso27001:7.5.3");
        assertThat(docControl.sharedProcess()).isNotNull();
        ImsPlanner.Item impact = bank.items().stream().filter(i -> i.provision().equals("iso42001:6.1.4")).findFirst().orElseThrow();
        assertThat(impact.action()).isEqualTo("new");
        assertThat(impact.documents()).isNotEmpty();
        assertThat(bank.sharedProcesses()).extracting(ImsPlanner.SharedProcessUse::provisions).anySatisfy(p -> assertThat(p).contains("iso42001:9.2.2"));
        // the hospital runs no certified management system: nothing is reused
        ImsPlanner.Plan hospital = cw.imsPlanner().plan(example("hospital"), null);
        assertThat(hospital.counts().get("reuse")).isZero();
        assertThat(bank.items().get(0).phaseNumber()).isEqualTo(1);
    }
}
