package nl.spiegel360.tmp;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.spiegel360.test.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

class ShotTest {
    @Test
    void shots() throws Exception {
        String base = "http://localhost:8095/";
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            try (Browser b = new Browser(size[0], size[1])) {
                b.signIn(base, System.getProperty("who", "hr@spiegel360.example"), "spiegel-demo-2026");
                b.open(base + "organisation");
                Thread.sleep(4000);
                Thread.sleep(1500);
                Files.write(Path.of("/tmp/shot-" + size[0] + ".png"),
                        ((TakesScreenshot) b.driver()).getScreenshotAs(OutputType.BYTES));
                Files.writeString(Path.of("/tmp/shot-" + size[0] + ".txt"),
                        b.driver().findElement(By.tagName("body")).getText());
            }
        }
    }
}
