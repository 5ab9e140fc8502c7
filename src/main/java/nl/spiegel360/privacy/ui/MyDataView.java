package nl.spiegel360.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.spiegel360.privacy.PersonalDataExport;

/** Everyone's own data, as one file: the account, the released reports and the development plans, whole. */
@Route("my-data")
@Menu(order = 96, icon = "DOWNLOAD", title = "privacy.own.title")
@PermitAll
class MyDataView extends Main implements HasDynamicTitle {

    MyDataView(PersonalDataExport personalData) {
        addClassName("page");
        var export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] json = personalData.exportOwn().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "my-data.json", "application/json",
                    json.length);
        }), getTranslation("privacy.own.download"));
        export.setDownload(true);
        export.setId("my-data-export");
        add(new H2(getTranslation("privacy.own.title")), new Paragraph(getTranslation("privacy.own.text")), export);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.own.title");
    }
}
