package dev.crosswalk.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.report.Renderings;
import dev.crosswalk.server.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Offline analyses of a profile file: {@code crosswalk gaps|soa|ims-plan profile.json}. */
final class AnalysisCommands {
    private AnalysisCommands() {}

    /** Shared options and error handling: exit 0 with the report, 1 for an invalid profile, 2 for unreadable input. */
    abstract static class ProfileCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROFILE", description = "Organisation profile (JSON, see docs/organisation-profile.md).")
        Path profile;

        @Option(names = {"-f", "--format"}, defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = {"-o", "--output"}, description = "Output file (default: standard output; required for xlsx).")
        Path output;

        enum Format { json, csv, markdown, html, xlsx }

        @Override
        public Integer call() {
            if (format == Format.xlsx && output == null) {
                System.err.println("crosswalk: --format xlsx is a binary file: give --output FILE (nothing is written to a terminal).");
                return 2;
            }
            OrganisationProfile p;
            ObjectMapper json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
            try {
                p = json.readValue(Files.readString(profile), OrganisationProfile.class);
            } catch (JsonProcessingException e) {
                System.err.println("crosswalk: " + profile + " is not a valid profile: " + e.getOriginalMessage());
                return 2;
            } catch (IOException e) {
                System.err.println("crosswalk: cannot read " + profile + ": " + e.getMessage());
                return 2;
            }
            try (Crosswalk core = Crosswalk.inMemory()) {
                byte[] out = render(core, p, json);
                if (output == null) {
                    System.out.write(out);
                    System.out.flush();
                } else {
                    Files.write(output, out);
                    System.err.println("crosswalk: wrote " + output + " (" + out.length + " bytes)");
                }
                return 0;
            } catch (InvalidProfileException e) {
                System.err.println("crosswalk: invalid profile " + profile + ":");
                e.errors().forEach(x -> System.err.println("  " + x.field() + ": " + x.message()));
                return 1;
            } catch (InvalidInputException e) {
                System.err.println("crosswalk: " + e.field() + ": " + e.getMessage());
                return 1;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                System.err.println("crosswalk: cannot write " + output + ": " + e.getMessage());
                return 2;
            }
        }

        abstract byte[] render(Crosswalk core, OrganisationProfile p, ObjectMapper json) throws JsonProcessingException;

        /** {@code value} in the chosen format. */
        <T> byte[] text(Renderings<T> text, T value, ObjectMapper json) throws JsonProcessingException {
            String out = switch (format) {
                case csv -> text.csv().apply(value);
                case markdown -> text.markdown().apply(value);
                case html -> text.html().apply(value);
                case json -> json.writeValueAsString(value) + "\n";
                case xlsx -> null;
            };
            return out == null ? text.xlsx().apply(value) : out.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Command(name = "gaps", mixinStandardHelpOptions = true, description = "Gap analysis and scores of a profile (JSON, CSV, Markdown or HTML).")
    static final class Gaps extends ProfileCommand {
        @Override
        byte[] render(Crosswalk core, OrganisationProfile p, ObjectMapper json) throws JsonProcessingException {
            return text(Reports.GAPS, core.gaps().analyse(p), json);
        }
    }

    @Command(name = "soa", mixinStandardHelpOptions = true, description = "Statement of Applicability of the 38 ISO/IEC 42001 Annex A controls (JSON, CSV, Markdown or HTML).")
    static final class Soa extends ProfileCommand {
        @Override
        byte[] render(Crosswalk core, OrganisationProfile p, ObjectMapper json) throws JsonProcessingException {
            return text(Reports.SOA, core.soa().build(p), json);
        }
    }

    @Command(name = "ims-plan", mixinStandardHelpOptions = true, description = "IMS plan for ISO/IEC 42001 beside existing management systems (JSON, CSV, Markdown or HTML).")
    static final class ImsPlan extends ProfileCommand {
        @Override
        byte[] render(Crosswalk core, OrganisationProfile p, ObjectMapper json) throws JsonProcessingException {
            core.gaps().prepare(p);
            return text(Reports.IMS_PLAN, core.imsPlanner().plan(p, "iso42001"), json);
        }
    }
}
