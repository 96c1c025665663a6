package dev.crosswalk.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosswalk.classify.Classifier;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferencePipeline;
import java.time.Clock;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crosswalk classify system.json}: the AI Act risk category and obligations of one AI system, offline. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "EU AI Act risk category, obligations with dates and reasons for one AI system (the JSON of POST /api/v1/classify).")
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "AI system JSON file, e.g. {\"role\":\"deployer\",\"annexIII\":\"5(b)\"}.")
    Path system;

    @Override
    public Integer call() {
        ObjectMapper json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        AiSystem s;
        try {
            s = json.readValue(Files.readString(system), AiSystem.class);
        } catch (JsonProcessingException e) {
            System.err.println("crosswalk: " + system + " is not a valid AI system: " + e.getOriginalMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("crosswalk: cannot read " + system + ": " + e.getMessage());
            return 2;
        }
        try {
            // the catalog alone: classification reads provisions and their dates, never the inferences
            Classifier classifier = new Classifier(ReferencePipeline.of(DataSource.classpath()).catalog(), Clock.systemUTC());
            System.out.println(json.writeValueAsString(classifier.classify(s)));
            return 0;
        } catch (InvalidInputException e) {
            System.err.println("crosswalk: " + e.field() + ": " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
