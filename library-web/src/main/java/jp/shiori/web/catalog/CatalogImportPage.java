package jp.shiori.web.catalog;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import jp.shiori.catalog.ImportReport;
import jp.shiori.catalog.MarcImports;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** 書誌取込: upload a MARC file, watch the import progress, read what was skipped and why. */
@Named
@ViewScoped
public class CatalogImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogImportStarter starter;

    @Inject
    MarcImports imports;

    @Inject
    LanguageSelection language;

    private transient Part file;
    private Long importId;

    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(
                    "upload:file",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Messages.get(language.getLocale(), "staff.import.noFile"),
                            null));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            importId = starter.start(file.getSubmittedFileName(), in).id();
        } catch (IOException e) {
            faces.addMessage(
                    "upload:file",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Messages.get(language.getLocale(), "staff.import.unreadable"),
                            null));
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getCurrent() {
        return importId == null ? null : imports.report(importId).orElse(null);
    }

    public boolean isRunning() {
        ImportReport current = getCurrent();
        return current != null
                && (current.state() == ImportReport.ImportState.WAITING
                        || current.state() == ImportReport.ImportState.RUNNING);
    }

    public int getPercent() {
        ImportReport current = getCurrent();
        if (current == null || current.recordTotal() == 0) {
            return 0;
        }
        return (int) Math.min(100, 100L * current.recordsRead() / current.recordTotal());
    }

    public List<ImportReport> getRecent() {
        return imports.recent(10);
    }
}
