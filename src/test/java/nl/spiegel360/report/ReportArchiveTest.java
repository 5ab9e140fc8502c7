package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** All reports of a cycle as one archive of PDFs, for those who may read them and nobody else. */
@IntegrationTest
class ReportArchiveTest {

    @Autowired ReportFixture fixture;
    @Autowired ReportExports exports;
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void hr_and_the_manager_get_every_closed_report_as_a_pdf_and_an_employee_gets_nothing() throws Exception {
        var rated = fixture.rated(3, ReportFixture::spread);
        for (String reader : List.of(DemoPeople.HR_EMAIL, rated.team().manager().email())) {
            login.as(reader);
            var out = new ByteArrayOutputStream();
            assertThat(exports.archive(rated.team().cycleId(), Locale.forLanguageTag("nl"), out)).isEqualTo(1);
            List<String> names = new ArrayList<>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                    assertThat(new String(zip.readNBytes(4))).isEqualTo("%PDF");
                }
            }
            assertThat(names).containsExactly(rated.employee().name() + ".pdf");
        }
        login.as(rated.team().employee(1).email());
        var nothing = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exports.archive(rated.team().cycleId(), Locale.forLanguageTag("nl"), nothing))
                .isInstanceOf(UserFacingException.class);
        assertThat(nothing.size()).isZero();
    }
}
