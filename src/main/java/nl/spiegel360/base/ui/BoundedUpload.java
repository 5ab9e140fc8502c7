package nl.spiegel360.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * An upload kept in memory only up to a size: the server refuses a larger request before reading it (its declared
 * size, and Vaadin's own request limits), and never reads more than one byte past the limit of a file that lies
 * about its size. The browser's size check is only a courtesy.
 */
public final class BoundedUpload implements UploadHandler {

    private final int maxBytes;
    private final Consumer<byte[]> received;
    private final Runnable tooLarge;

    private BoundedUpload(int maxBytes, Consumer<byte[]> received, Runnable tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    /** A handler that passes the file's bytes to {@code received}, or calls {@code tooLarge}, in the UI's lock. */
    public static BoundedUpload inMemory(int maxBytes, Consumer<byte[]> received, Runnable tooLarge) {
        return new BoundedUpload(maxBytes, received, tooLarge);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        byte[] bytes;
        try (var in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, ui);
            return;
        }
        ui.access(() -> received.accept(bytes));
    }

    private void refuse(UploadEvent event, UI ui) {
        event.reject("too large");
        ui.access(tooLarge::run);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024;
    }
}
