package nl.spiegel360.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The check of the README's pictures: a changed date passes, a changed part of the page does not. */
class DocumentImagesTest {

    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Feedback geven tot en met 21 dec 2026", 20, 40);
        g.dispose();
        return image;
    }

    @Test
    void a_changed_date_is_within_the_tolerance_and_a_changed_block_is_not() throws Exception {
        BufferedImage committed = page();
        BufferedImage date = page();
        var g = date.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(180, 28, 60, 16);
        g.setColor(Color.DARK_GRAY);
        g.drawString("22 dec", 185, 40);
        g.dispose();
        BufferedImage block = page();
        g = block.createGraphics();
        g.setColor(new Color(0x1a, 0x5f, 0x7a));
        g.fillRect(20, 100, 200, 60);
        g.dispose();

        assertThat(DocumentImages.changedShare(page(), committed)).isZero();
        assertThat(DocumentImages.changedShare(date, committed)).isPositive().isLessThan(0.02);
        assertThat(DocumentImages.changedShare(block, committed)).isGreaterThan(0.02);
    }

    @Test
    void a_missing_picture_or_one_of_another_size_is_named_with_how_to_write_it_again() throws Exception {
        Path shot = Files.createTempFile("shot-", ".png");
        ImageIO.write(page(), "png", shot.toFile());
        Path folder = Files.createTempDirectory("images-");
        assertThat(DocumentImages.differs(shot, folder.resolve("home-hr.png"), false)).contains("is missing")
                .contains("-Dspiegel360.write-docs-images=true");
        BufferedImage wide = new BufferedImage(1280, 657, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(wide, "png", folder.resolve("home-hr.png").toFile());
        assertThat(DocumentImages.differs(shot, folder.resolve("home-hr.png"), false))
                .contains("is 1280x657, the demo now shows 400x300");
        assertThat(DocumentImages.differs(shot, folder.resolve("home-hr.png"), true)).as("written again").isNull();
        assertThat(DocumentImages.differs(shot, folder.resolve("home-hr.png"), false)).isNull();
    }
}
