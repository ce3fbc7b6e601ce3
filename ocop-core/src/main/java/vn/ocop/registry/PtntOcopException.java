package vn.ocop.registry;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.format.Formats;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when the register cannot be exported to {@code PTNT_OCOP} as a whole ({@link PtntOcop#of}): every product
 * that cannot be a row, each as a {@link PtntOcopRefusal} and as a problem whose path is the product's in the
 * registry ({@code $.products[3]}) and whose message is the refusal in Vietnamese.
 */
public class PtntOcopException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    /** Every refusal, in the registry's order (a serialisable list). */
    private final ArrayList<PtntOcopRefusal> refusals;

    /**
     * @param refusals every refusal, not empty, not null
     * @param positions each refused product's position in the registry, in the same order, not null
     */
    PtntOcopException(List<PtntOcopRefusal> refusals, List<Integer> positions) {
        super("PTNT_OCOP", problems(refusals, positions));
        this.refusals = new ArrayList<>(refusals);
    }

    private static List<Problem> problems(List<PtntOcopRefusal> refusals, List<Integer> positions) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < refusals.size(); i++) {
            problems.add(new Problem("PTNT_OCOP", "$.products[" + positions.get(i) + "]",
                    refusals.get(i).text(Formats.VIETNAMESE_LOCALE)));
        }
        return problems;
    }

    /** @return every refusal, in the registry's order */
    public List<PtntOcopRefusal> refusals() {
        return List.copyOf(refusals);
    }
}
