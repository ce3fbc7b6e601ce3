package vn.ocop.area;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when a data file of administrative units is malformed: carries every problem found, each with the file,
 * line, column and JSON path.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     AdministrativeUnitRegistry units = AdministrativeUnitRegistry.read(in, path.toString());
 * } catch (UnitDataException e) {
 *     e.problems().forEach(p -> System.err.println(p));
 * }
 * }</pre>
 */
public final class UnitDataException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param problems the problems, not null, not empty
     */
    public UnitDataException(List<Problem> problems) {
        super("administrative units", problems);
    }
}
