package dev.crosswalk.gap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.profile.OrganisationProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Organisation profiles with N generated AI systems for benchmarks and scaling tests: the UK bank
 * example (organisation, certificates, scope, controls) with its AI systems replaced by N seeded ones
 * of varied roles, Annex III points, GPAI and value-chain facts, plus a seeded handful of extra controls.
 * The same (N, seed) always gives the same profile. Command line: {@code main(N, seed[, base.json])}
 * writes the profile as JSON to stdout.
 */
public final class ProfileGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Annex III areas and points the catalog knows (areas 2 and the lettered points). */
    static final List<String> ANNEX_III = List.of("1(a)", "1(b)", "1(c)", "2", "3(a)", "3(b)", "3(c)", "3(d)", "4(a)", "4(b)",
            "5(a)", "5(b)", "5(c)", "5(d)", "6(a)", "6(b)", "6(c)", "6(d)", "6(e)", "7(a)", "7(b)", "7(c)", "7(d)", "8(a)", "8(b)");
    /** Roles weighted towards what a bank mostly is: provider and deployer. */
    private static final List<String> ROLES = List.of("provider", "provider", "provider", "deployer", "deployer", "deployer",
            "deployer", "importer", "distributor", "authorised-representative", "product-manufacturer", "supplier");
    /** Provisions an extra control may name (none of them in the UK bank example's own controls). */
    private static final List<String> EXTRA_CONTROLS = List.of("iso42001:A.2.3", "iso42001:A.2.4", "iso42001:A.3.3", "iso42001:A.4.2",
            "iso42001:A.5.3", "iso42001:A.6.1.2", "iso42001:A.6.2.2", "iso42001:A.6.2.3", "iso42001:A.6.2.5", "iso42001:A.7.2",
            "iso42001:A.7.3", "iso42001:A.8.2", "iso42001:A.8.3", "iso42001:A.9.2", "iso27001:A.5.9", "iso27001:A.8.9",
            "eu-ai-act:Art. 9", "eu-ai-act:Art. 10", "eu-ai-act:Art. 14", "eu-ai-act:Art. 26");
    private static final List<String> STATUSES = List.of("implemented", "implemented", "partial", "planned");

    private ProfileGenerator() {}

    /** The UK bank example read from {@code examples/uk-bank.json} (working directory, its parent) or the classpath. */
    public static OrganisationProfile ukBank() {
        for (Path p : List.of(Path.of("examples", "uk-bank.json"), Path.of("..", "examples", "uk-bank.json"))) {
            if (Files.isRegularFile(p)) return read(p);
        }
        try (InputStream in = ProfileGenerator.class.getResourceAsStream("/examples/uk-bank.json")) {
            if (in == null) throw new IllegalStateException("examples/uk-bank.json is neither in the working directory nor on the classpath");
            return JSON.readValue(in, OrganisationProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OrganisationProfile read(Path p) {
        try {
            return JSON.readValue(p.toFile(), OrganisationProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UK bank example with {@code n} generated AI systems. */
    public static OrganisationProfile generate(int n, long seed) {
        return generate(ukBank(), n, seed);
    }

    /** {@code base} with its AI systems replaced by {@code n} generated ones and up to five extra controls. */
    public static OrganisationProfile generate(OrganisationProfile base, int n, long seed) {
        Random r = new Random(seed);
        List<AiSystem> systems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) systems.add(system(r, i));
        Set<String> listed = new LinkedHashSet<>();
        base.controls().forEach(c -> listed.add(c.provision()));
        List<OrganisationProfile.ControlStatus> controls = new ArrayList<>(base.controls());
        int extra = r.nextInt(6);
        for (int k = 0; k < extra; k++) {
            String provision = EXTRA_CONTROLS.get(r.nextInt(EXTRA_CONTROLS.size()));
            if (!listed.add(provision)) continue;
            controls.add(new OrganisationProfile.ControlStatus(provision, STATUSES.get(r.nextInt(STATUSES.size())),
                    "Generated control " + k + " (seed " + seed + ").", List.of("GEN-EV-" + k)));
        }
        return new OrganisationProfile(base.organisation(), base.managementSystems(), base.scope(), systems, controls);
    }

    /** One AI system drawn from {@code r}; every combination is one the classifier accepts. */
    static AiSystem system(Random r, int i) {
        String role = ROLES.get(r.nextInt(ROLES.size()));
        String annexIII = r.nextInt(100) < 45 ? ANNEX_III.get(r.nextInt(ANNEX_III.size())) : null;
        boolean profiling = annexIII != null && r.nextBoolean();
        List<String> conditions = annexIII != null && r.nextInt(100) < 15 ? List.of(String.valueOf("abcd".charAt(r.nextInt(4)))) : null;
        boolean safetyComponent = r.nextInt(100) < (role.equals("product-manufacturer") ? 60 : 4);
        String section = safetyComponent && r.nextInt(100) < 20 ? "B" : null;
        String practice = r.nextInt(1000) < 5 ? String.valueOf("acdefgh".charAt(r.nextInt(7))) : null;
        boolean gpai = r.nextInt(100) < 6;
        boolean systemic = gpai && r.nextInt(100) < 25;
        boolean interacts = r.nextInt(100) < 40;
        boolean synthetic = r.nextInt(100) < 15;
        boolean deepFake = synthetic && r.nextInt(100) < 20;
        boolean emotion = r.nextInt(100) < 2;
        boolean biometric = r.nextInt(100) < 2;
        // value chain: at most one of the Art. 25(1) points, each consistent with the rest
        int chain = r.nextInt(100);
        boolean ownName = chain < 3;
        boolean modification = chain >= 3 && chain < 5;
        boolean changedPurpose = chain >= 5 && chain < 7 && annexIII != null;
        boolean excluded = changedPurpose && r.nextBoolean();
        boolean integrates = !(gpai && role.equals("provider")) && r.nextInt(100) < 12;
        boolean openSource = role.equals("supplier") && r.nextBoolean();
        String id = String.format("sys-%05d", i);
        String name = "Generated AI system " + i + (annexIII == null ? "" : " (Annex III " + annexIII + ")");
        return new AiSystem(id, name, role, annexIII, flag(safetyComponent), section, practice, conditions, flag(profiling),
                flag(r.nextInt(100) < 5), null, flag(interacts), flag(synthetic), flag(emotion), flag(biometric), flag(deepFake),
                flag(gpai), flag(systemic), null, null, flag(ownName), flag(modification), flag(changedPurpose), flag(excluded),
                flag(integrates), flag(openSource));
    }

    /** Only true is written: an absent flag is false, and the JSON stays short. */
    private static Boolean flag(boolean b) {
        return b ? Boolean.TRUE : null;
    }

    /** The profile as JSON (indented, nulls left out). */
    public static String toJson(OrganisationProfile p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code N seed [base.json]}: the generated profile as JSON on stdout. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ProfileGenerator N seed [base-profile.json]   (default base: examples/uk-bank.json)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        OrganisationProfile base = args.length > 2 ? read(Path.of(args[2])) : ukBank();
        System.out.println(toJson(generate(base, n, seed)));
    }
}
