package dev.crosswalk.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.calendar.ObligationCalendar;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.report.CalendarFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosswalk calendar profile.json --format ics}: the compliance calendar of a profile, offline. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Compliance calendar of a profile: every dated obligation of every AI system (JSON, CSV or iCalendar).")
final class CalendarCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROFILE", description = "Organisation profile (JSON, see docs/organisation-profile.md).")
    Path profile;

    @Option(names = {"-f", "--format"}, defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-t", "--timeline"}, description = "Read every AI system on this timeline: original or amended (default: each system's own).")
    String timeline;

    @Option(names = "--base-url", defaultValue = "http://localhost:3030", description = "Server the events link back to (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    enum Format { json, csv, ics }

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        OrganisationProfile p;
        try {
            p = json.readValue(Files.readString(profile), OrganisationProfile.class);
        } catch (IOException e) {
            System.err.println("crosswalk: cannot read " + profile + " as a profile: " + e.getMessage());
            return 2;
        }
        try (Crosswalk core = Crosswalk.inMemory()) {
            ObligationCalendar c = core.calendar().of(p, timeline);
            System.out.print(switch (format) {
                case csv -> CalendarFiles.csv(c);
                case ics -> CalendarFiles.ics(c, baseUrl, Instant.now());
                case json -> json.writeValueAsString(c) + "\n";
            });
            System.out.flush();
            return 0;
        } catch (InvalidProfileException e) {
            System.err.println("crosswalk: invalid profile " + profile + ":");
            e.errors().forEach(x -> System.err.println("  " + x.field() + ": " + x.message()));
            return 1;
        } catch (InvalidInputException e) {
            System.err.println("crosswalk: " + e.field() + ": " + e.getMessage());
            return 1;
        }
    }
}
