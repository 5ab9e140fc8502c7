package nl.spiegel360.test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The README's pictures in {@code src/docs/images}, taken by the browser tests from the demo. A test compares what
 * the demo shows now with the committed picture; run the full tier with {@code -Dspiegel360.write-docs-images=true}
 * to write them again after a change that shows.
 */
public final class DocumentImages {

    private static final Path FOLDER = Path.of("src", "docs", "images");

    /** A channel counts as changed beyond this difference (anti-aliasing and font hinting stay below it). */
    private static final int CHANNEL = 48;

    /** The share of pixels that may change: a date or a count in a line of text, not a moved or missing part. */
    private static final double TOLERANCE = 0.02;

    private DocumentImages() {
    }

    /**
     * Whether the screenshot shows what the committed picture of that name shows: null when it does (or when the
     * pictures are being written again), otherwise what differs.
     */
    public static @Nullable String differs(Path screenshot, String name) throws IOException {
        return differs(screenshot, FOLDER.resolve(name + ".png"), Boolean.getBoolean("spiegel360.write-docs-images"));
    }

    static @Nullable String differs(Path screenshot, Path committed, boolean write) throws IOException {
        if (write) {
            Files.createDirectories(committed.getParent());
            Files.copy(screenshot, committed, StandardCopyOption.REPLACE_EXISTING);
            return null;
        }
        if (!Files.exists(committed)) {
            return committed + " is missing" + HOW;
        }
        BufferedImage now = ImageIO.read(screenshot.toFile());
        BufferedImage then = ImageIO.read(committed.toFile());
        if (now.getWidth() != then.getWidth() || now.getHeight() != then.getHeight()) {
            return String.format(Locale.ROOT, "%s is %dx%d, the demo now shows %dx%d%s", committed, then.getWidth(),
                    then.getHeight(), now.getWidth(), now.getHeight(), HOW);
        }
        double share = changedShare(now, then);
        return share <= TOLERANCE ? null : String.format(Locale.ROOT, "%s differs from the demo in %.1f%% of its"
                + " pixels (at most %.0f%% may)%s", committed, share * 100, TOLERANCE * 100, HOW);
    }

    private static final String HOW = "; run the browser tests with -Dspiegel360.write-docs-images=true and look at"
            + " the pictures before committing them";

    /** The share of pixels of which a colour channel changed by more than {@link #CHANNEL}. */
    static double changedShare(BufferedImage a, BufferedImage b) {
        long changed = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > CHANNEL) {
                        changed++;
                        break;
                    }
                }
            }
        }
        return (double) changed / ((long) a.getWidth() * a.getHeight());
    }
}
