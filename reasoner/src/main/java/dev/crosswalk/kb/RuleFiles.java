package dev.crosswalk.kb;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.reasoner.rulesys.Rule;

/**
 * The Jena rule files of {@code rules/} (packaged from reasoner/rules/), read from a data source and parsed once:
 * the assembly hands the parsed rules to {@code reason}, which never reads files itself.
 */
public final class RuleFiles {
    private RuleFiles() {}

    /** All rules of every {@code .rules} file, in file order. */
    public static List<Rule> load(DataSource source) {
        List<Rule> rules = new ArrayList<>();
        for (String path : source.list("rules", ".rules")) rules.addAll(parse(path, source.read(path)));
        return rules;
    }

    /** The rules of one file, e.g. {@code rules/presumption.rules}. */
    public static List<Rule> load(DataSource source, String path) {
        return parse(path, source.read(path));
    }

    public static List<Rule> parse(String path, byte[] bytes) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            return Rule.parseRules(Rule.rulesParserFromReader(in));
        } catch (Exception e) {
            throw new DataIntegrityException(path + ": rule syntax error: " + e.getMessage(), e);
        }
    }
}
