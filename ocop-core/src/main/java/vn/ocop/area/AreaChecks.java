package vn.ocop.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ocop.Problem;

/**
 * The rules of a register of units ({@link Areas}): versions of one code do not overlap; a parent exists on its
 * child's first and last day and is at a higher level; a succession joins units that exist the day before and on
 * the day. Collects every problem with its JSON path.
 */
final class AreaChecks {
    private static final String SOURCE = "areas";
    private final Areas areas;
    private final List<Area> given;
    private final List<Succession> successions;
    private final List<Problem> problems = new ArrayList<>();

    AreaChecks(Areas areas, List<Area> given, List<Succession> successions) {
        this.areas = areas;
        this.given = given;
        this.successions = successions;
    }

    /** @return every problem, in the order: overlaps, parents, successions */
    List<Problem> problems() {
        overlaps();
        for (int i = 0; i < given.size(); i++) {
            parent(given.get(i), "$.units[" + i + "].parent");
        }
        for (int i = 0; i < successions.size(); i++) {
            succession(successions.get(i), "$.successions[" + i + "]");
        }
        return problems;
    }

    private void overlaps() {
        Area previous = null;
        for (Area a : areas.units()) { // sorted by code, then start
            if (previous != null && previous.code().equals(a.code()) && previous.validity().overlaps(a.validity())) {
                problem("$.units[" + given.indexOf(a) + "]", "unit " + a.code() + ": versions " + previous.validity()
                        + " and " + a.validity() + " overlap");
            }
            previous = a;
        }
    }

    private void parent(Area a, String path) {
        if (a.parent() == null) {
            return;
        }
        LocalDate first = a.validity().from();
        LocalDate last = a.validity().until() == null ? null : a.validity().until().minusDays(1);
        Area parent = areas.existing(a.parent(), first);
        if (parent == null) {
            problem(path, "unit " + a.code() + ": parent " + a.parent() + " does not exist on " + first
                    + ", the unit's first day");
            return;
        }
        if (last != null && areas.existing(a.parent(), last) == null) {
            problem(path, "unit " + a.code() + ": parent " + a.parent() + " does not exist on " + last
                    + ", the unit's last day");
        }
        if (last == null && areas.versions(a.parent()).stream().noneMatch(x -> x.validity().until() == null)) {
            problem(path, "unit " + a.code() + " has no end date but its parent " + a.parent()
                    + " ends; end the unit or give it a successor");
        }
        if (!parent.level().isAbove(a.level())) {
            problem(path, "unit " + a.code() + " (" + level(a) + "): parent " + a.parent() + " is at the "
                    + level(parent) + ", not a higher one");
        }
    }

    private void succession(Succession s, String path) {
        String what = "succession " + s.from() + " → " + s.to() + " on " + s.on() + ": ";
        Area from = areas.existing(s.from(), s.on().minusDays(1));
        Area to = areas.existing(s.to(), s.on());
        if (from == null) {
            problem(path + ".from", what + s.from() + " does not exist on " + s.on().minusDays(1));
        }
        if (to == null) {
            problem(path + ".to", what + s.to() + " does not exist on " + s.on());
        }
        if (from != null && to != null && !s.on().equals(from.validity().until())
                && !s.on().equals(to.validity().from())) {
            problem(path + ".on", what + "neither does " + s.from() + " end nor does " + s.to()
                    + " begin on that day");
        }
    }

    private static String level(Area a) {
        return a.level().text(Locale.ENGLISH);
    }

    private void problem(String path, String message) {
        problems.add(new Problem(SOURCE, path, message));
    }
}
