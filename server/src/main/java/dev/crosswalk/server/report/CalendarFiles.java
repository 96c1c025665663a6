package dev.crosswalk.server.report;

import dev.crosswalk.calendar.CalendarEntry;
import dev.crosswalk.calendar.ObligationCalendar;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;

/** The compliance calendar as CSV and as iCalendar (RFC 5545): one all-day event per obligation of an AI system. */
public final class CalendarFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFiles() {}

    public static String csv(ObligationCalendar c) {
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList("date", "system", "systemName", "provision", "title", "role", "timeline",
                "inForce", "because", "condition")));
        for (CalendarEntry e : c.entries()) {
            sb.append(Csv.row(Arrays.asList(e.date(), e.system(), e.systemName(), e.provision(), e.title(), e.role(), e.timeline(),
                    e.inForce(), e.because(), e.condition())));
        }
        return sb.toString();
    }

    /**
     * {@code baseUrl} (scheme and authority of the server) makes each event's URL a link back to the provision;
     * the UID is stable per organisation, system, provision and timeline, so a subscribed calendar updates events in place.
     */
    public static String ics(ObligationCalendar c, String baseUrl, Instant generated) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Crosswalk//Compliance calendar//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + text("AI Act obligations" + (c.name() == null ? "" : " — " + c.name())));
        String stamp = STAMP.format(generated);
        for (CalendarEntry e : c.entries()) {
            String key = c.organisation() + "|" + e.system() + "|" + e.provision() + "|" + e.timeline();
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@crosswalk");
            line(sb, "DTSTAMP:" + stamp);
            line(sb, "DTSTART;VALUE=DATE:" + DAY.format(e.date()));
            line(sb, "DTEND;VALUE=DATE:" + DAY.format(e.date().plusDays(1)));
            line(sb, "SUMMARY:" + text(e.provision() + " applies: " + (e.systemName() == null ? e.system() : e.systemName())));
            line(sb, "DESCRIPTION:" + text("AI system " + e.system() + " (" + e.role() + ", " + e.timeline() + " timeline). " + e.because()
                    + (e.condition() == null ? "" : " Condition: " + e.condition())));
            line(sb, "CATEGORIES:" + text("EU AI Act") + "," + text(e.system()));
            line(sb, "URL:" + baseUrl + "/api/v1/provisions/" + URLEncoder.encode(e.provision(), StandardCharsets.UTF_8).replace("+", "%20"));
            line(sb, "TRANSP:TRANSPARENT");
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String v) {
        return v.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > 75) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
