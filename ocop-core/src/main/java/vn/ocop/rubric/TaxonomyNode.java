package vn.ocop.rubric;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * One node of an edition's product taxonomy (Annex I of Decision 26/2026): a product group ("sản phẩm", I–VI),
 * a "nhóm" (e.g. I.1) or a "phân nhóm" (e.g. I.1.a). A leaf names the rubric set that evaluates its products.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code, e.g. "I", "I.1", "I.1.a", not null
 * @param level the level, not null
 * @param name Vietnamese name, not null
 * @param nameEn English name, may be null
 * @param ministries managing ministries ("cơ quan chủ trì quản lý"), not null, may be empty
 * @param set number of the rubric set for a leaf, null for inner nodes
 * @param children sub-nodes, not null
 */
public record TaxonomyNode(String code, Level level, String name, String nameEn, List<String> ministries,
        Integer set, List<TaxonomyNode> children) {

    /** Level of a taxonomy node. */
    public enum Level implements Localized {
        /** A product group ("sản phẩm"/ngành), I to VI. */
        GROUP,
        /** A "nhóm". */
        NHOM,
        /** A "phân nhóm". */
        PHAN_NHOM;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("rubric").text(locale, "taxonomyLevel." + name());
        }
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param code the code, e.g. "I", "I.1", "I.1.a", not null
     * @param level the level, not null
     * @param name Vietnamese name, not null
     * @param nameEn English name, may be null
     * @param ministries managing ministries ("cơ quan chủ trì quản lý"), not null, may be empty
     * @param set number of the rubric set for a leaf, null for inner nodes
     * @param children sub-nodes, not null
     */
    public TaxonomyNode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        ministries = List.copyOf(ministries);
        children = List.copyOf(children);
    }
}
