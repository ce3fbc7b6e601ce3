package vn.ocop.process;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.ocop.Problem;
import vn.ocop.internal.Messages;

/**
 * The days state bodies work, for counting the periods of the process: the commune's 15 working days (Điều 7.2 of
 * Decision 26/2026) and the end of a period that falls on a day off (Bộ luật Dân sự 2015, Điều 148.5).
 *
 * <p>Built in:
 * <ul>
 * <li>Saturdays and Sundays, the weekly rest days of state bodies (Quyết định 188/1999/QĐ-TTg, 40-hour week);</li>
 * <li>the fixed-date public holidays of Bộ luật Lao động 2019, Điều 112.1 (the same dates as Điều 115 of the 2012
 * code before it): 1 January (a), 30 April (c), 1 May (d) and 2 September (đ, its first day);</li>
 * <li>a make-up day off (Điều 111.3) on the next working day for each of them that falls on a Saturday or Sunday,
 * unless the year's data places that make-up day itself (a day of kind {@link DayOff.Kind#MAKE_UP} found on the way
 * to the next working day).</li>
 * </ul>
 * The rest is data, announced each year and read with its source ({@link #read}, {@link #bundled()}): the five days
 * of Tết Âm lịch and Giỗ Tổ Hùng Vương (10/3 âm lịch) whose dates follow the lunar calendar, the day next to 2
 * September (Điều 112.1.đ, 112.3), make-up days for those, and the working days swapped with rest days.
 * {@link #covers(int)} and {@link #complete(int)} say which years the data knows; a period in a year it does not
 * know is counted on the built-in days alone and says so ({@link Deadline#calendarComplete()}).
 *
 * <p>Any day that is not a working day counts as a day off for Điều 148.5 (a make-up or swapped day off included),
 * and a Saturday announced as a working day ("làm bù") counts as a working day.
 *
 * <pre>{@code
 * HolidayCalendar cal = HolidayCalendar.bundled();
 * cal.isWorkingDay(LocalDate.of(2026, 2, 16));                       // false: Tết Âm lịch
 * cal.daysAfter(LocalDate.of(2026, 6, 6), 15, "Điều 8.4").lastDay();   // 2026-06-22 (the 21st is a Sunday)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HolidayCalendar {
    /** Class-path resource of the bundled calendar data. */
    public static final String BUNDLED_RESOURCE = "ocop-calendar/holidays.json";
    private static final Messages TEXT = Messages.of("process");
    private static final List<MonthDay> FIXED = List.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
            MonthDay.of(9, 2));
    private static final List<String> FIXED_KEYS = List.of("newYear", "victory", "labour", "national");
    private static final List<String> FIXED_ARTICLES = List.of("Bộ luật Lao động 2019, Điều 112.1.a",
            "Bộ luật Lao động 2019, Điều 112.1.c", "Bộ luật Lao động 2019, Điều 112.1.d",
            "Bộ luật Lao động 2019, Điều 112.1.đ");
    private static final String MAKE_UP_ARTICLE = "Bộ luật Lao động 2019, Điều 111.3";
    private static final String WEEKEND_SOURCE = "Quyết định 188/1999/QĐ-TTg";
    private static final HolidayCalendar BUILT_IN = new HolidayCalendar(List.of());

    private final Map<Integer, HolidayYear> years;
    private final Map<LocalDate, DayOff> listed;
    private final Map<LocalDate, HolidayYear.WorkingDay> worked;
    private final Map<Integer, Map<LocalDate, DayOff>> builtIn = new ConcurrentHashMap<>();

    private HolidayCalendar(List<HolidayYear> data) {
        Map<Integer, HolidayYear> y = new TreeMap<>();
        Map<LocalDate, DayOff> off = new HashMap<>();
        Map<LocalDate, HolidayYear.WorkingDay> on = new HashMap<>();
        for (HolidayYear h : data) {
            y.put(h.year(), h);
        }
        for (HolidayYear h : y.values()) {
            h.daysOff().forEach(d -> off.put(d.date(), d));
            h.workingDays().forEach(w -> on.put(w.date(), w));
        }
        this.years = Collections.unmodifiableMap(y);
        this.listed = Map.copyOf(off);
        this.worked = Map.copyOf(on);
    }

    /** @return the built-in calendar: weekends, the fixed-date holidays and their make-up days, no year data */
    public static HolidayCalendar builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in days plus the bundled year data ({@value #BUNDLED_RESOURCE} in {@code ocop-rubric-data}), read
     * and checked once per class loader.
     *
     * @return the bundled calendar
     * @throws CalendarDataException if the bundled data is missing or broken
     */
    public static HolidayCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /** Lazy holder: reads on first use, thread-safe by class initialisation. */
    private static final class Bundled {
        static final HolidayCalendar CALENDAR = loadBundled();
    }

    private static HolidayCalendar loadBundled() {
        try (InputStream in = HolidayCalendar.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new CalendarDataException(List.of(new Problem(BUNDLED_RESOURCE, "$",
                        "bundled holiday calendar not found: add the ocop-rubric-data artifact (module "
                                + "vn.ocop.rubric.data)")));
            }
            return read(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new CalendarDataException(List.of(new Problem(BUNDLED_RESOURCE, "$", "cannot read: " + e)));
        }
    }

    /**
     * The built-in days plus the years of a calendar data file (format in {@code ocop-rubric-data/FORMAT.md}).
     *
     * @param in the JSON, UTF-8, not null (not closed)
     * @param source the file's name, for problems, not null
     * @return the calendar
     * @throws CalendarDataException listing every problem of the file, with its JSON path
     */
    public static HolidayCalendar read(InputStream in, String source) {
        return new HolidayCalendar(CalendarReader.read(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(source, "source")));
    }

    /**
     * @param data the years to add or replace (e.g. a province's own list of a year not yet bundled), not null
     * @return this calendar with those years instead of any it had for the same years
     */
    public HolidayCalendar withYears(List<HolidayYear> data) {
        Map<Integer, HolidayYear> y = new TreeMap<>(years);
        for (HolidayYear h : Objects.requireNonNull(data, "data")) {
            y.put(h.year(), h);
        }
        return new HolidayCalendar(new ArrayList<>(y.values()));
    }

    /** @return the years with data, in order */
    public List<HolidayYear> years() {
        return List.copyOf(years.values());
    }

    /**
     * @param year a year
     * @return whether the calendar has data for it (its lunar-calendar holidays and swaps)
     */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /**
     * @param year a year
     * @return whether the calendar has data for it and no announcement of it is missing
     */
    public boolean complete(int year) {
        HolidayYear h = years.get(year);
        return h != null && h.complete();
    }

    /**
     * @param date a day, not null
     * @return why state bodies do not work that day, or empty on a working day
     */
    public Optional<DayOff> dayOff(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (worked.containsKey(date)) {
            return Optional.empty();
        }
        DayOff d = listed.get(date);
        if (d == null) {
            d = builtInDays(date.getYear()).get(date);
        }
        if (d == null && isWeekend(date)) {
            d = new DayOff(date, DayOff.Kind.WEEKEND, TEXT.text(vn.ocop.format.Formats.VIETNAMESE_LOCALE,
                    "weekend." + date.getDayOfWeek()), TEXT.text(java.util.Locale.ENGLISH, "weekend."
                    + date.getDayOfWeek()), WEEKEND_SOURCE);
        }
        return Optional.ofNullable(d);
    }

    /**
     * @param date a day, not null
     * @return whether state bodies work that day
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (worked.containsKey(date)) {
            return true;
        }
        return !listed.containsKey(date) && !builtInDays(date.getYear()).containsKey(date) && !isWeekend(date);
    }

    /**
     * @param date a day, not null
     * @return the day itself if it is a working day, else the next working day
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * A period of days from an event (Bộ luật Dân sự 2015, Điều 147 and 148): day 1 is the day after the event; the
     * period ends at the end of day {@code days}, or of the next working day when that day is off (Điều 148.5).
     *
     * @param event the day of the event (a finding, the receipt of a complete dossier), not null
     * @param days the length in days, at least 1
     * @param citation the article that sets the period, not null
     * @return the deadline
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public Deadline daysAfter(LocalDate event, int days, String citation) {
        Objects.requireNonNull(event, "event");
        if (days < 1) {
            throw new IllegalArgumentException("a period is at least 1 day, was " + days);
        }
        return endingOn(event.plusDays(days), citation, event);
    }

    /**
     * A period of working days from an event: day 1 is the first working day after the event (Bộ luật Dân sự 2015,
     * Điều 147.3); the period ends at the end of the last working day counted.
     *
     * @param event the day of the event (the commune receiving a dossier), not null
     * @param days the length in working days, at least 1
     * @param citation the article that sets the period, not null
     * @return the deadline
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public Deadline workingDaysAfter(LocalDate event, int days, String citation) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(citation, "citation");
        if (days < 1) {
            throw new IllegalArgumentException("a period is at least 1 working day, was " + days);
        }
        LocalDate d = event;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return new Deadline(d, d, citation, completeBetween(event, d));
    }

    /**
     * A period whose last day is known (the last day of a filing window, counted back from an expiry date): it
     * ends at the end of that day, or of the next working day when that day is off (Bộ luật Dân sự 2015, Điều
     * 148.5).
     *
     * @param lastDay the last day counted, not null
     * @param citation the article that sets the period, not null
     * @return the deadline
     */
    public Deadline endingOn(LocalDate lastDay, String citation) {
        return endingOn(lastDay, citation, lastDay);
    }

    private Deadline endingOn(LocalDate nominal, String citation, LocalDate from) {
        Objects.requireNonNull(nominal, "lastDay");
        Objects.requireNonNull(citation, "citation");
        LocalDate last = workingDayOnOrAfter(nominal);
        return new Deadline(nominal, last, citation, completeBetween(from, last));
    }

    private boolean completeBetween(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!complete(y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The fixed-date holidays of a year and their make-up days (Điều 111.3), memoised per year. */
    private Map<LocalDate, DayOff> builtInDays(int year) {
        Map<LocalDate, DayOff> m = builtIn.get(year);
        if (m == null) {
            m = computeBuiltIn(year);
            builtIn.putIfAbsent(year, m);
        }
        return m;
    }

    private Map<LocalDate, DayOff> computeBuiltIn(int year) {
        Map<LocalDate, DayOff> m = new HashMap<>();
        for (int i = 0; i < FIXED.size(); i++) {
            LocalDate h = FIXED.get(i).atYear(year);
            m.put(h, new DayOff(h, DayOff.Kind.HOLIDAY, name(true, FIXED_KEYS.get(i)), name(false, FIXED_KEYS.get(i)),
                    FIXED_ARTICLES.get(i)));
        }
        for (int i = 0; i < FIXED.size(); i++) {
            LocalDate h = FIXED.get(i).atYear(year);
            if (!isWeekend(h) || worked.containsKey(h)) {
                continue;
            }
            LocalDate d = h.plusDays(1);
            boolean announced = false;
            while (true) {
                DayOff l = listed.get(d);
                if (l != null && l.kind() == DayOff.Kind.MAKE_UP) {
                    announced = true; // the year's announcement places this make-up day itself
                    break;
                }
                if (l == null && !m.containsKey(d) && (!isWeekend(d) || worked.containsKey(d))) {
                    break;
                }
                d = d.plusDays(1);
            }
            if (announced) {
                continue;
            }
            String key = FIXED_KEYS.get(i);
            m.put(d, new DayOff(d, DayOff.Kind.MAKE_UP, TEXT.text(vn.ocop.format.Formats.VIETNAMESE_LOCALE,
                    "holiday.makeUp", name(true, key)), TEXT.text(java.util.Locale.ENGLISH, "holiday.makeUp",
                    name(false, key)), MAKE_UP_ARTICLE));
        }
        return Map.copyOf(m);
    }

    private static String name(boolean vietnamese, String key) {
        return TEXT.text(vietnamese ? vn.ocop.format.Formats.VIETNAMESE_LOCALE : java.util.Locale.ENGLISH,
                "holiday." + key);
    }

    @Override
    public String toString() {
        return "HolidayCalendar[built-in days + data for " + years.keySet() + "]";
    }
}
