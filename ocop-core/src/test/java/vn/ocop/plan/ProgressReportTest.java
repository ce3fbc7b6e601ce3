package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;

/** The Trà Vinh 2024 progress report on 2024-08-31 (see {@link TrackerTest}): lookups and JSON. */
class ProgressReportTest {
    static final ProgressReport REPORT = TrackerTest.report(TrackerTest.AUG_31);

    @Test
    void jsonRoundTrip() throws Exception {
        ObjectMapper json = OcopJson.mapper();
        String text = json.writeValueAsString(REPORT);
        assertThat(text).contains("\"status\":\"AT_RISK\"").contains("\"measuredOn\":\"2024-08-31\"")
                .contains("\"method\":\"COMPUTED\"").contains("\"elapsedPercent\":66.7")
                .contains("\"pace\":{\"periodDays\":366,\"elapsedDays\":244,\"atRiskFactor\":1.5}");
        assertThat(json.readValue(text, ProgressReport.class)).isEqualTo(REPORT);
    }

    @Test
    void derivedValuesInJsonAreComputedAgainNotBelieved() throws Exception {
        ObjectMapper json = OcopJson.mapper();
        String lie = json.writeValueAsString(REPORT).replace("\"status\":\"AT_RISK\"", "\"status\":\"ACHIEVED\"")
                .replace("\"measuredOn\":\"2024-08-31\"", "\"measuredOn\":\"2024-12-31\"");
        ProgressReport back = json.readValue(lie, ProgressReport.class);
        assertThat(back.target("T1").total().status()).isEqualTo(Status.AT_RISK);
        assertThat(back.measuredOn()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(back).isEqualTo(REPORT);
    }

    @Test
    void lookups() {
        assertThat(REPORT.target("T1").area("845").target()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> REPORT.target("T9")).hasMessageContaining("no target 'T9'");
        assertThatThrownBy(() -> REPORT.target("T1").area("999")).hasMessageContaining("no line for area 999");
        assertThat(REPORT.asOf()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(REPORT.pace()).isEqualTo(new Pace(366, 244, new java.math.BigDecimal("1.5")));
    }
}
