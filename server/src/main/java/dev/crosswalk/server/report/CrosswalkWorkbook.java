package dev.crosswalk.server.report;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.exchange.CrosswalkRow;
import dev.crosswalk.exchange.FrameworkPair;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.server.report.Workbook.Percent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The crosswalk between two frameworks as a workbook: a matrix (a row per provision of the first framework, a column per
 * provision of the second that anything relates, each cell the relation and strength, coloured), the mappings one per
 * row, and a summary of relations and coverage.
 */
public final class CrosswalkWorkbook {
    /** Matrix cells: the relation as a symbol, then the strength. */
    static final Map<Relation, String> SYMBOLS = Map.of(Relation.EQUAL, "=", Relation.SUBSET_OF, "⊂", Relation.SUPERSET_OF, "⊃",
            Relation.INTERSECTS_WITH, "∩", Relation.NO_RELATIONSHIP, "∅");
    static final String NOTHING = "nothing meets this";

    private CrosswalkWorkbook() {}

    public static byte[] of(FrameworkPair pair, Catalog catalog) {
        Workbook wb = new Workbook();
        summary(wb, pair, catalog);
        matrix(wb, pair, catalog);
        List<List<?>> rows = new ArrayList<>();
        for (CrosswalkRow r : pair.rows()) {
            rows.add(Arrays.asList(ReferenceCsv.ref(catalog, r.subject()), r.subjectLabel(), r.relation().label(),
                    ReferenceCsv.ref(catalog, r.object()), r.objectLabel(), r.strength(), new Percent(r.confidence()),
                    r.inferred() ? "chained" : "curated", r.rationale(), r.comment(), r.mappingSet()));
        }
        wb.table("Mappings", List.of("From", "From title", "Relation", "To", "To title", "Strength", "Confidence", "Kind", "Rationale",
                "Comment", "Mapping set"), rows, List.of(2), 20, 36, 15, 20, 36, 9, 11, 9, 60, 48, 28);
        return wb.bytes();
    }

    private static void summary(Workbook wb, FrameworkPair pair, Catalog catalog) {
        Map<String, Integer> relations = new TreeMap<>();
        Set<String> fromMapped = new LinkedHashSet<>(), toMapped = new LinkedHashSet<>();
        int chained = 0, fromGaps = 0, toGaps = 0;
        for (CrosswalkRow r : pair.rows()) {
            relations.merge(r.relation().label(), 1, Integer::sum);
            if (r.inferred()) chained++;
            if (r.nothingMeets()) {
                if (r.object().equals(CrosswalkRow.NO_TERM)) fromGaps++;
                else toGaps++;
            } else if (r.relation() != Relation.NO_RELATIONSHIP) {
                fromMapped.add(r.subject());
                toMapped.add(r.object());
            }
        }
        int fromTotal = catalog.provisions(pair.from()).size(), toTotal = catalog.provisions(pair.to()).size();
        List<List<?>> rows = List.of(
                Arrays.asList(pair.from(), fromTotal, fromMapped.size(), new Percent(share(fromMapped.size(), fromTotal)), fromGaps),
                Arrays.asList(pair.to(), toTotal, toMapped.size(), new Percent(share(toMapped.size(), toTotal)), toGaps));
        XSSFSheet s = wb.table("Summary", List.of("Framework", "Provisions", "Related", "Share related", "Nothing in the other meets"),
                rows, List.of(), 22, 12, 10, 14, 26);
        List<List<String>> notes = new ArrayList<>();
        notes.add(List.of("Crosswalk", pair.from() + " to " + pair.to()));
        notes.add(List.of("Mapping sets", String.join(", ", pair.sets().stream().map(m -> m.id()).toList())));
        notes.add(List.of("Rows", pair.rows().size() + " (" + chained + " chained)"));
        relations.forEach((rel, n) -> notes.add(List.of("Relation " + rel, Integer.toString(n))));
        SYMBOLS.forEach((rel, sym) -> notes.add(List.of("Matrix " + sym, rel.label() + " (row relation column), then the strength 1-10")));
        notes.add(List.of("Matrix italics", "a chained mapping (inferred from curated ones)"));
        wb.notes(s, 1, notes);
    }

    private static double share(int n, int total) {
        return total == 0 ? 0 : (double) n / total;
    }

    private static void matrix(Workbook wb, FrameworkPair pair, Catalog catalog) {
        List<Provision> sources = catalog.provisions(pair.from());
        Set<String> related = new LinkedHashSet<>();
        boolean gapColumn = false;
        for (CrosswalkRow r : pair.rows()) {
            if (!r.object().equals(CrosswalkRow.NO_TERM)) related.add(r.object());
            else gapColumn = true;
        }
        List<Provision> targets = catalog.provisions(pair.to()).stream().filter(p -> related.contains(p.iri())).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) column.put(targets.get(i).iri(), i + 2);
        int gapCol = targets.size() + 2;
        XSSFSheet sheet = wb.sheet("Matrix");
        Row h = sheet.createRow(0);
        Workbook.set(h.createCell(0), pair.from(), wb.headerStyle());
        Workbook.set(h.createCell(1), "Title", wb.headerStyle());
        for (Provision t : targets) Workbook.set(h.createCell(column.get(t.iri())), t.ref() + "\n" + t.title(), wb.headerStyle());
        if (gapColumn) Workbook.set(h.createCell(gapCol), "Nothing in " + pair.to() + " meets this", wb.headerStyle());
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(sources.get(i).ref());
            row.createCell(1).setCellValue(sources.get(i).title());
            rowOf.put(sources.get(i).iri(), i + 1);
        }
        int gapRow = sources.size() + 1;
        Map<String, XSSFCellStyle> styles = new HashMap<>();
        for (CrosswalkRow r : pair.rows()) {
            boolean toNothing = r.object().equals(CrosswalkRow.NO_TERM);
            int rowIndex = r.subject().equals(CrosswalkRow.NO_TERM) ? gapRow : rowOf.getOrDefault(r.subject(), -1);
            Integer col = toNothing ? Integer.valueOf(gapCol) : column.get(r.object());
            if (rowIndex < 0 || col == null) continue;
            Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
            if (rowIndex == gapRow && row.getCell(0) == null) {
                Workbook.set(row.createCell(0), "Nothing in " + pair.from() + " meets this", wb.headerStyle());
            }
            Cell cell = row.createCell(col);
            String fill = r.nothingMeets() ? Workbook.fillOf(NOTHING) : Workbook.fillOf(r.relation().label());
            Workbook.set(cell, r.nothingMeets() ? "✗" : SYMBOLS.get(r.relation()) + " " + r.strength(),
                    styles.computeIfAbsent(fill + r.inferred(), k -> wb.style(fill, r.inferred())));
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, sources.size(), 0, Math.max(1, gapColumn ? gapCol : gapCol - 1)));
        sheet.setColumnWidth(0, 256 * 20);
        sheet.setColumnWidth(1, 256 * 36);
        for (int c = 2; c <= gapCol; c++) sheet.setColumnWidth(c, 256 * 14);
    }
}
