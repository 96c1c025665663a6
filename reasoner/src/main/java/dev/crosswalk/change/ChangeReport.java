package dev.crosswalk.change;

import java.time.LocalDate;
import java.util.List;

/** Every provision that differs between two timelines, or on one timeline between two dates, with the amending act's standing. */
public record ChangeReport(String framework, String from, String to, String timeline, LocalDate fromDate, LocalDate toDate,
                           String amendingAct, String standing, int count, List<ProvisionChange> changes) {}
