package nl.spiegel360.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.spiegel360.test.KaribuSessions;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The server enforces an upload's size limit itself, without reading a file that is too large. */
class BoundedUploadTest extends KaribuTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    @Test
    void a_file_within_the_limit_is_received_whole() throws Exception {
        List<byte[]> received = new ArrayList<>();
        AtomicLong read = new AtomicLong();
        BoundedUpload.inMemory(LIMIT, received::add, () -> { }).handleUploadRequest(event(1000, 1000, read));
        KaribuSessions.respond();
        assertThat(received).singleElement().satisfies(b -> assertThat(b).hasSize(1000));
    }

    @Test
    void a_file_that_declares_a_larger_size_is_refused_unread() throws Exception {
        AtomicBoolean refused = new AtomicBoolean();
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(50L * 1024 * 1024, 50L * 1024 * 1024, read);
        BoundedUpload.inMemory(LIMIT, bytes -> { }, () -> refused.set(true)).handleUploadRequest(event);
        KaribuSessions.respond();
        assertThat(event.isRejected()).isTrue();
        assertThat(refused).isTrue();
        assertThat(read.get()).isZero();
    }

    @Test
    void a_file_that_hides_its_size_is_read_only_to_one_byte_past_the_limit() throws Exception {
        AtomicBoolean refused = new AtomicBoolean();
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(-1, 50L * 1024 * 1024, read);
        BoundedUpload.inMemory(LIMIT, bytes -> { }, () -> refused.set(true)).handleUploadRequest(event);
        KaribuSessions.respond();
        assertThat(event.isRejected()).isTrue();
        assertThat(refused).isTrue();
        assertThat(read.get()).isLessThanOrEqualTo(LIMIT + 1L + 8192);
    }

    /** An upload whose stream counts what is read of it. */
    private static UploadEvent event(long declared, long actual, AtomicLong read) {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        InputStream stream = new InputStream() {
            private long left = actual;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                read.incrementAndGet();
                return 'x';
            }
        };
        return new UploadEvent(null, null, UI.getCurrent().getSession(), "people.csv", declared, "text/csv",
                owner.getElement(), new StreamPart(stream));
    }

    private record StreamPart(InputStream stream) implements Part {
        @Override
        public InputStream getInputStream() {
            return stream;
        }

        @Override
        public String getContentType() {
            return "text/csv";
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getSubmittedFileName() {
            return "people.csv";
        }

        @Override
        public long getSize() {
            return -1;
        }

        @Override
        public void write(String fileName) throws java.io.IOException {
            java.nio.file.Files.copy(stream, java.nio.file.Path.of(fileName));
        }

        @Override
        public void delete() {
        }

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
