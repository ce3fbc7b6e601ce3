package vn.ocop.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.Problem;
import vn.ocop.internal.Binder;
import vn.ocop.internal.JsonTree;

/**
 * Reads holiday calendar data ({@code ocop-holidays/1}) and checks it, reporting every problem with its JSON path:
 * unknown or missing keys, a year given twice or out of range, a day outside its year, listed twice, or both off
 * and worked, a kind other than HOLIDAY, MAKE_UP or SWAPPED (weekends are built in), a working day that would be a
 * working day anyway, a source id that is unknown or repeated.
 */
final class CalendarReader {
    static final String FORMAT = "ocop-holidays/1";
    private static final Set<String> ROOT_KEYS = Set.of("$schema", "format", "years", "notes");
    private static final Set<String> YEAR_KEYS = Set.of("year", "sources", "daysOff", "workingDays", "unconfirmed");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "citation", "seenAt");
    private static final Set<String> DAY_OFF_KEYS = Set.of("date", "kind", "name", "nameEn", "source");
    private static final Set<String> WORKING_KEYS = Set.of("date", "name", "source");

    private CalendarReader() {
    }

    /**
     * @param in the JSON, not null (not closed)
     * @param source the file's name, for problems, not null
     * @return the years read
     * @throws CalendarDataException listing every problem
     */
    static List<HolidayYear> read(InputStream in, String source) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = JsonTree.read(in, source, problems);
        List<HolidayYear> years = new ArrayList<>();
        if (root != null) {
            Binder b = new Binder(source, problems);
            Binder.Obj o = b.obj(root, "$", ROOT_KEYS);
            if (o != null) {
                String format = o.str("format", true);
                if (format != null && !format.equals(FORMAT)) {
                    b.report(o.path("format"), "calendar.format", format, FORMAT);
                }
                o.strings("notes");
                Set<Integer> seen = new HashSet<>();
                for (Binder.Obj y : o.objects("years", true, YEAR_KEYS)) {
                    HolidayYear h = year(b, y, seen, problems);
                    if (h != null) {
                        years.add(h);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarDataException(problems);
        }
        return years;
    }

    private static HolidayYear year(Binder b, Binder.Obj y, Set<Integer> seen, List<Problem> problems) {
        int before = problems.size();
        Integer year = y.integer("year", true);
        if (year != null && (year < 2000 || year > 2100)) {
            b.report(y.path("year"), "calendar.year", year);
            year = null;
        } else if (year != null && !seen.add(year)) {
            b.report(y.path("year"), "calendar.yearTwice", year);
        }
        List<HolidayYear.Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Binder.Obj s : y.objects("sources", true, SOURCE_KEYS)) {
            String id = s.str("id", true);
            String citation = s.str("citation", true);
            String seenAt = s.str("seenAt", false);
            if (id != null && !ids.add(id)) {
                b.report(s.path("id"), "calendar.sourceTwice", id);
            }
            if (id != null && citation != null) {
                sources.add(new HolidayYear.Source(id, citation, seenAt));
            }
        }
        Map<LocalDate, String> days = new HashMap<>();
        List<DayOff> off = new ArrayList<>();
        for (Binder.Obj d : y.objects("daysOff", false, DAY_OFF_KEYS)) {
            LocalDate date = day(b, d, year, ids, days, "off");
            DayOff.Kind kind = kind(b, d);
            String name = d.str("name", true);
            String nameEn = d.str("nameEn", true);
            String src = d.str("source", true);
            if (date != null && kind != null && name != null && nameEn != null && src != null) {
                off.add(new DayOff(date, kind, name, nameEn, citation(sources, src)));
            }
        }
        List<HolidayYear.WorkingDay> on = new ArrayList<>();
        for (Binder.Obj d : y.objects("workingDays", false, WORKING_KEYS)) {
            LocalDate date = day(b, d, year, ids, days, "worked");
            String name = d.str("name", true);
            String src = d.str("source", true);
            if (date != null && HolidayCalendar.builtIn().isWorkingDay(date)
                    && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                b.report(d.path("date"), "calendar.workingAlready", date);
            }
            if (date != null && name != null && src != null) {
                on.add(new HolidayYear.WorkingDay(date, name, citation(sources, src)));
            }
        }
        List<String> unconfirmed = y.strings("unconfirmed");
        if (year == null || problems.size() != before) {
            return null;
        }
        return new HolidayYear(year, sources, off, on, unconfirmed);
    }

    private static LocalDate day(Binder b, Binder.Obj d, Integer year, Set<String> ids, Map<LocalDate, String> days,
            String how) {
        LocalDate date = d.date("date", true);
        String src = d.str("source", false);
        if (src != null && !ids.contains(src)) {
            b.report(d.path("source"), "calendar.unknownSource", src, new java.util.TreeSet<>(ids).toString());
        }
        if (date == null) {
            return null;
        }
        if (year != null && date.getYear() != year) {
            b.report(d.path("date"), "calendar.notInYear", date, year);
            return null;
        }
        String earlier = days.putIfAbsent(date, how);
        if (earlier != null) {
            b.report(d.path("date"), earlier.equals(how) ? "calendar.twice" : "calendar.twiceBoth", date);
            return null;
        }
        return date;
    }

    private static DayOff.Kind kind(Binder b, Binder.Obj d) {
        String k = d.str("kind", true);
        if (k == null) {
            return null;
        }
        switch (k) {
            case "HOLIDAY":
                return DayOff.Kind.HOLIDAY;
            case "MAKE_UP":
                return DayOff.Kind.MAKE_UP;
            case "SWAPPED":
                return DayOff.Kind.SWAPPED;
            default:
                b.report(d.path("kind"), "calendar.kind", k);
                return null;
        }
    }

    private static String citation(List<HolidayYear.Source> sources, String id) {
        for (HolidayYear.Source s : sources) {
            if (s.id().equals(id)) {
                return s.citation();
            }
        }
        return id;
    }
}
