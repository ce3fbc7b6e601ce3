package vn.ocop.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * Share of a population the caller supplies (e.g. traditional craft villages, "làng nghề truyền thống") whose
 * members have at least one of their listed products holding a certificate in effect on the date: numerator
 * the members with such a product, denominator all members. A stock, in percent.
 *
 * <p>A member is attributed like every other record ({@link Tally#add(String, String, LocalDate, long, long)}): to its
 * unit when the register of areas knows it, else to its province when the member gives one and the register knows
 * it (a commune code in a register of provinces), else it is unattributed and named.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"coverage","population":"craft-villages","label":"…",
 * "members":[{"id":"LN01","name":"Làng nghề …","unit":"29308","province":"84","productIds":["TV-001"]}]}}.
 *
 * @param population a short code for the population, not blank
 * @param label what the population is, in the plan's words (used in every language), not blank
 * @param members the members, with distinct ids, not null
 */
public record Coverage(String population, String label, List<Member> members) implements Indicator {
    /**
     * One member of the population.
     *
     * @param id identifier, not blank
     * @param name name, not blank
     * @param unit code of the administrative unit it lies in (a commune, or a district before 2025-07-01), not blank
     * @param province code of its province, or null
     * @param productIds products that belong to it (possibly none); null means none
     */
    public record Member(String id, String name, String unit, String province, List<String> productIds) {
        /**
         * Checks and normalises the components.
         *
         * @param id identifier, not blank
         * @param name name, not blank
         * @param unit code of the administrative unit it lies in, not blank
         * @param province code of its province, or null
         * @param productIds products that belong to it (possibly none); null means none
         * @throws OcopException if the id, name or unit is blank
         */
        public Member {
            id = Text.nfc(Objects.requireNonNull(id, "id"));
            name = Text.nfc(Objects.requireNonNull(name, "name"));
            unit = Text.nfc(Objects.requireNonNull(unit, "unit"));
            province = province == null ? null : Text.nfc(province);
            List<String> ps = new ArrayList<>();
            for (String p : productIds == null ? List.<String>of() : productIds) {
                ps.add(Text.nfc(Objects.requireNonNull(p, "productId")));
            }
            productIds = List.copyOf(ps);
            if (id.isEmpty() || name.isEmpty() || unit.isEmpty() || (province != null && province.isEmpty())) {
                throw new OcopException("coverage member '" + id + "': id, name, unit and province must not be blank");
            }
        }

        /**
         * A member without its province code.
         *
         * @param id identifier, not blank
         * @param name name, not blank
         * @param unit code of the administrative unit it lies in, not blank
         * @param productIds products that belong to it; null means none
         * @throws OcopException if the id, name or unit is blank
         */
        public Member(String id, String name, String unit, List<String> productIds) {
            this(id, name, unit, null, productIds);
        }
    }

    /**
     * Checks and normalises the components.
     *
     * @param population a short code for the population, not blank
     * @param label what the population is, in the plan's words (used in every language), not blank
     * @param members the members, with distinct ids, not null
     * @throws OcopException if the code or label is blank, or a member id appears twice
     */
    public Coverage {
        population = Text.nfc(Objects.requireNonNull(population, "population"));
        label = Text.nfc(Objects.requireNonNull(label, "label"));
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        if (population.isEmpty() || label.isEmpty()) {
            throw new OcopException("coverage: population code and label must not be blank");
        }
        Set<String> ids = new HashSet<>();
        for (Member m : members) {
            if (!ids.add(m.id())) {
                throw new OcopException("coverage " + population + ": member id '" + m.id() + "' appears twice");
            }
        }
    }

    @Override
    public String code() {
        return population + "%covered";
    }

    @Override
    public String text(Locale locale) {
        return label;
    }

    @Override
    public Nature nature() {
        return Nature.STOCK;
    }

    @Override
    public boolean share() {
        return true;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        for (Member m : members) {
            boolean has = false;
            for (String id : m.productIds()) {
                if (scope.holdings().of(id).isPresent()) {
                    has = true;
                    break;
                }
            }
            tally.add(m.unit(), m.province(), scope.asOf(), has ? 1 : 0, 1);
        }
    }
}
