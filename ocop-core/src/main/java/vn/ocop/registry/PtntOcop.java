package vn.ocop.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.area.AdministrativeUnit;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.area.AreaLevel;
import vn.ocop.product.Certificate;
import vn.ocop.product.CertificateStatus;
import vn.ocop.product.Product;

/**
 * The register on a date in the layout of table {@code PTNT_OCOP} (OCOP products) of the national agricultural
 * database standard (Decision 5277/QĐ-BNNMT), as CSV and as JSON: one row ({@link PtntOcopRow}, whose Javadoc maps
 * every field) per product holding a certificate in effect on that date ({@link Registry#holdingsOn}).
 *
 * <pre>{@code
 * PtntOcop export = PtntOcop.of(registry, LocalDate.of(2025, 12, 31));   // refuses if any product cannot be a row
 * Files.writeString(Path.of("PTNT_OCOP.csv"), export.csv());
 * PtntOcop part = PtntOcop.exportable(registry, date);   // the rows that can be written, and part.refused()
 * }</pre>
 *
 * <p>Choices the standard leaves open: {@code MA_OCOP} numbers the rows of this export from 1 in the registry's
 * order; {@code Ma_DonViHanhChinh} is the product's commune, which must be a commune on the date in the bundled
 * national register of units (a product recorded under a former district, or under a commune merged away by then,
 * is refused, never moved to a successor silently); {@code Ma_ThoiGian} is the date's year ("2025");
 * {@code DoanhThuNam} is the product's revenue of that year ({@link AnnualRevenue}), empty when not recorded;
 * {@code TrangThai} is {@code HIEU_LUC} or {@code GIA_HAN} (the standard has no code list). {@code XepHang} is 3*, 4*
 * or 5*: a 1★ or 2★ product holds no certificate, so it is never in the register on a date.
 *
 * <p>CSV: UTF-8, a header of the standard's field names, fields separated by commas, a field quoted only when it
 * holds a comma, a quote or a line break (RFC 4180), decimals with a point, an empty field for a revenue not
 * recorded. JSON: an array of objects whose keys are the field names, {@code MA_OCOP} and {@code DoanhThuNam} numbers
 * (the latter with 2 decimals, or null), the others strings.
 *
 * <p>Immutable and thread-safe.
 */
public final class PtntOcop {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = header();

    private final LocalDate date;
    private final List<PtntOcopRow> rows;
    private final List<PtntOcopRefusal> refused;

    private PtntOcop(LocalDate date, List<PtntOcopRow> rows, List<PtntOcopRefusal> refused) {
        this.date = date;
        this.rows = List.copyOf(rows);
        this.refused = List.copyOf(refused);
    }

    private static CsvSchema header() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        for (String f : PtntOcopRow.FIELDS) {
            b.addColumn(f);
        }
        return b.build();
    }

    /**
     * Exports every product in effect on the date, checking units against the bundled national register.
     *
     * @param registry the register, not null
     * @param date the date, not null
     * @return the export
     * @throws PtntOcopException listing every product that cannot be a row, when there is one
     */
    public static PtntOcop of(Registry registry, LocalDate date) {
        return of(registry, date, AdministrativeUnitRegistry.bundled());
    }

    /**
     * Exports every product in effect on the date.
     *
     * @param registry the register, not null
     * @param date the date, not null
     * @param units the register of administrative units the unit codes must be communes of, not null
     * @return the export
     * @throws PtntOcopException listing every product that cannot be a row, when there is one
     */
    public static PtntOcop of(Registry registry, LocalDate date, AdministrativeUnitRegistry units) {
        List<Integer> positions = new ArrayList<>();
        PtntOcop export = build(registry, date, units, positions);
        if (!export.refused.isEmpty()) {
            throw new PtntOcopException(export.refused, positions);
        }
        return export;
    }

    /**
     * Exports the products in effect on the date that can be rows, and lists the others ({@link #refused()}),
     * checking units against the bundled national register.
     *
     * @param registry the register, not null
     * @param date the date, not null
     * @return the export, refusals included
     */
    public static PtntOcop exportable(Registry registry, LocalDate date) {
        return exportable(registry, date, AdministrativeUnitRegistry.bundled());
    }

    /**
     * Exports the products in effect on the date that can be rows, and lists the others ({@link #refused()}).
     *
     * @param registry the register, not null
     * @param date the date, not null
     * @param units the register of administrative units the unit codes must be communes of, not null
     * @return the export, refusals included
     */
    public static PtntOcop exportable(Registry registry, LocalDate date, AdministrativeUnitRegistry units) {
        return build(registry, date, units, new ArrayList<>());
    }

    private static PtntOcop build(Registry registry, LocalDate date, AdministrativeUnitRegistry units,
            List<Integer> positions) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(units, "units");
        Holdings held = registry.holdingsOn(date);
        String period = Integer.toString(date.getYear());
        List<PtntOcopRow> rows = new ArrayList<>();
        List<PtntOcopRefusal> refused = new ArrayList<>();
        for (int i = 0; i < held.count(); i++) {
            Product p = held.product(i);
            String producer = registry.producerOf(p).name();
            List<PtntOcopRefusal> own = refusals(p, producer, date, units);
            if (own.isEmpty()) {
                rows.add(row(rows.size() + 1, p, producer, period, held.certificate(i), registry, date));
            } else {
                refused.addAll(own);
                for (int k = 0; k < own.size(); k++) {
                    positions.add(registry.products().indexOf(p));
                }
            }
        }
        return new PtntOcop(date, rows, refused);
    }

    private static List<PtntOcopRefusal> refusals(Product p, String producer, LocalDate date,
            AdministrativeUnitRegistry units) {
        List<PtntOcopRefusal> out = new ArrayList<>();
        Optional<AdministrativeUnit> unit = units.find(p.communeCode(), date);
        if (unit.isEmpty() || unit.get().level() != AreaLevel.COMMUNE) {
            out.add(new PtntOcopRefusal(p.id(), PtntOcopRefusal.Reason.UNIT_NOT_A_COMMUNE, p.communeCode(), date));
        }
        if (length(p.id()) > 10) {
            out.add(new PtntOcopRefusal(p.id(), PtntOcopRefusal.Reason.PRODUCT_ID_TOO_LONG, p.id(), date));
        }
        if (length(p.name()) > 255) {
            out.add(new PtntOcopRefusal(p.id(), PtntOcopRefusal.Reason.NAME_TOO_LONG, p.name(), date));
        }
        if (length(producer) > 255) {
            out.add(new PtntOcopRefusal(p.id(), PtntOcopRefusal.Reason.PRODUCER_NAME_TOO_LONG, producer, date));
        }
        return out;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static PtntOcopRow row(int number, Product p, String producer, String period, Certificate c,
            Registry registry, LocalDate date) {
        String status = c.statusOn(date) == CertificateStatus.EXTENDED ? PtntOcopRow.EXTENDED : PtntOcopRow.IN_EFFECT;
        BigDecimal revenue = registry.revenue(p.id(), date.getYear()).orElse(null);
        return new PtntOcopRow(number, p.communeCode(), period, p.id(), p.name(), c.stars().level() + "*",
                producer, revenue, status);
    }

    /** @return the date of the register exported */
    public LocalDate date() {
        return date;
    }

    /** @return {@code Ma_ThoiGian} of every row: the date's year, four digits */
    public String periodCode() {
        return Integer.toString(date.getYear());
    }

    /** @return the rows, numbered from 1, in the registry's order */
    public List<PtntOcopRow> rows() {
        return rows;
    }

    /**
     * @return the products left out and why, in the registry's order; empty for an export made by
     *         {@link #of(Registry, LocalDate)}
     */
    public List<PtntOcopRefusal> refused() {
        return refused;
    }

    /** @return the rows as CSV, header first (see the class's description) */
    public String csv() {
        List<List<String>> values = new ArrayList<>();
        for (PtntOcopRow r : rows) {
            values.add(r.values());
        }
        try {
            return CSV.writer(SCHEMA).writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new OcopException("PTNT_OCOP: cannot write CSV: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the rows as a JSON array of objects keyed by field name (see the class's description) */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = OcopJson.mapper().getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (PtntOcopRow r : rows) {
                g.writeStartObject();
                g.writeNumberField("MA_OCOP", r.maOcop());
                g.writeStringField("Ma_DonViHanhChinh", r.maDonViHanhChinh());
                g.writeStringField("Ma_ThoiGian", r.maThoiGian());
                g.writeStringField("Ma_SanPham", r.maSanPham());
                g.writeStringField("TenSanPham", r.tenSanPham());
                g.writeStringField("XepHang", r.xepHang());
                g.writeStringField("ChuTheSXKD", r.chuTheSxkd());
                g.writeFieldName("DoanhThuNam");
                if (r.doanhThuNam() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(r.doanhThuNam().toPlainString());   // exactly as held: 2 decimals
                }
                g.writeStringField("TrangThai", r.trangThai());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new OcopException("PTNT_OCOP: cannot write JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PtntOcop[" + date + ", " + rows.size() + " rows, " + refused.size() + " refused]";
    }
}
