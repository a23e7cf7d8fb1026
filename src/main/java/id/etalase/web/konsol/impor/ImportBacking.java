package id.etalase.web.konsol.impor;

import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.importing.ColumnMapping;
import id.etalase.importing.DuplicateChoice;
import id.etalase.importing.ImportFileException;
import id.etalase.importing.ImportMapping;
import id.etalase.importing.ImportMappings;
import id.etalase.importing.ImportPreview;
import id.etalase.importing.ImportService;
import id.etalase.importing.ImportSheet;
import id.etalase.importing.ImportUpload;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /konsol/impor/}: upload, map the columns when the file's headers are not the template's,
 * read the preview (counts, errors, rows the directory has already), choose, confirm. The files
 * wait in temporary files of this view until the service keeps them with the batch; the service
 * decides who may import.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ImportService imports;
  @Inject private transient ImportMappings savedMappings;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient CurrentTenant currentTenant;

  private UploadedFile file;
  private UploadedFile productFile;
  private UploadedFile photos;
  private Long savedMapping;
  private List<SavedMapping> saved = List.of();
  private final Map<ImportSheet, String> mappings = new EnumMap<>(ImportSheet.class);
  private ImportSheet mappingSheet;
  private List<HeaderChoice> headerChoices = List.of();
  private String mappingName;
  private ImportPreview preview;
  private final Map<String, String> choices = new HashMap<>();
  private DuplicateChoice others = DuplicateChoice.SKIP;
  private boolean publish;

  @PostConstruct
  void init() {
    saved =
        savedMappings.mappings(signedIn.require()).stream()
            .map(m -> new SavedMapping(m.getId(), m.getName()))
            .toList();
  }

  public void upload(FileUploadEvent event) {
    file = UploadedFile.keep(event, file);
    startOver();
  }

  public void uploadProducts(FileUploadEvent event) {
    productFile = UploadedFile.keep(event, productFile);
    startOver();
  }

  /** The optional ZIP of the photos the {@code foto} columns name. */
  public void uploadPhotos(FileUploadEvent event) {
    photos = UploadedFile.keep(event, photos);
    startOver();
  }

  private void startOver() {
    preview = null;
    mappingSheet = null;
    mappings.clear();
    choices.clear();
  }

  /** Reads the whole upload and shows what it would do; asks for a mapping when needed. */
  public void check() {
    if (file == null) {
      messages.error("import.upload.missing");
      return;
    }
    if (savedMapping != null && mappings.isEmpty()) {
      savedMappings
          .mapping(signedIn.require(), savedMapping)
          .ifPresent(
              m -> {
                mappings.put(ImportSheet.USAHA, m.getMappingUsaha());
                mappings.put(ImportSheet.PRODUK, m.getMappingProduk());
              });
    }
    preview = null;
    choices.clear();
    try {
      preview =
          imports.preview(
              signedIn.require(),
              new ImportUpload(
                  file.name(),
                  file.path(),
                  productFile == null ? null : productFile.path(),
                  photos == null ? null : photos.path()),
              mappings.get(ImportSheet.USAHA),
              mappings.get(ImportSheet.PRODUK));
      mappingSheet = null;
    } catch (ImportFileException unreadable) {
      if ("import.file.noHeader".equals(unreadable.messageKey())) {
        askMapping(
            ImportSheet.USAHA.sheetName().equals(unreadable.arguments().get(0))
                ? ImportSheet.USAHA
                : ImportSheet.PRODUK);
      }
      messages.error(unreadable.messageKey(), unreadable.arguments().toArray());
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    }
  }

  private void askMapping(ImportSheet sheet) {
    Path source =
        sheet == ImportSheet.PRODUK && productFile != null ? productFile.path() : file.path();
    ColumnMapping known =
        mappings.containsKey(sheet)
            ? ColumnMapping.parse(sheet, mappings.get(sheet))
            : ColumnMapping.automatic(sheet);
    mappingSheet = sheet;
    headerChoices = HeaderChoice.of(imports.headers(signedIn.require(), source, sheet), known);
  }

  /** Takes the operator's mapping of the sheet shown, saves it when named, and checks again. */
  public void applyMapping() {
    mappings.put(mappingSheet, HeaderChoice.mapping(mappingSheet, headerChoices).serialise());
    if (mappingName != null && !mappingName.isBlank()) {
      try {
        ImportMapping kept =
            savedMappings.save(
                signedIn.require(),
                mappingName,
                mappings.get(ImportSheet.USAHA),
                mappings.get(ImportSheet.PRODUK));
        messages.info("import.mapping.saved", kept.getName());
        init();
      } catch (InvalidInputException refused) {
        messages.problems(refused, Map.of("name", "mapping:name"));
        return;
      }
    }
    check();
  }

  /** Starts the write in the background and goes to the history, where its progress shows. */
  public void confirm() throws IOException {
    if (preview == null) {
      return;
    }
    try {
      Map<String, DuplicateChoice> chosen = new HashMap<>();
      choices.entrySet().stream()
          .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
          .forEach(e -> chosen.put(e.getKey(), DuplicateChoice.valueOf(e.getValue())));
      imports.confirm(signedIn.require(), preview.batchId(), chosen, others, publish);
      messages.info("import.confirm.started");
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.getExternalContext().redirect(currentTenant.link("/konsol/impor/riwayat"));
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    } catch (RecordNotFoundException gone) {
      ConsoleRecordPage.notFound();
    }
  }

  @PreDestroy
  void removeFiles() {
    Stream.of(file, productFile, photos).filter(Objects::nonNull).forEach(UploadedFile::delete);
  }

  public List<String> columnsOf(ImportSheet sheet) {
    return sheet == null ? List.of() : sheet.columns();
  }

  public DuplicateChoice[] getChoiceValues() {
    return DuplicateChoice.values();
  }

  /** Each repeated row's choice by its key, as the page's menus post it (an enum's name). */
  public Map<String, String> getChoices() {
    return choices;
  }

  /** Whether a sheet ({@code usaha} or {@code produk}) of the preview has errors. */
  public boolean hasErrorsIn(String sheet) {
    if (preview == null) {
      return false;
    }
    ImportPreview.Counts counts = preview.counts();
    return ("usaha".equals(sheet) ? counts.businessError() : counts.productError()) > 0;
  }

  /** The file's headers that feed no template column, to tell the operator. */
  public String getIgnoredHeaders() {
    return preview == null ? "" : String.join(", ", preview.ignoredHeaders());
  }

  public int getErrorsShown() {
    return ImportPreview.ERRORS_SHOWN;
  }

  public String getFileName() {
    return file == null ? null : file.name();
  }

  public String getProductFileName() {
    return productFile == null ? null : productFile.name();
  }

  public String getPhotosName() {
    return photos == null ? null : photos.name();
  }

  public Long getSavedMapping() {
    return savedMapping;
  }

  /** Choosing another saved mapping drops the mapping made so far. */
  public void setSavedMapping(Long savedMapping) {
    if (!java.util.Objects.equals(this.savedMapping, savedMapping)) {
      mappings.clear();
    }
    this.savedMapping = savedMapping;
  }

  public List<SavedMapping> getSaved() {
    return saved;
  }

  public ImportSheet getMappingSheet() {
    return mappingSheet;
  }

  public List<HeaderChoice> getHeaderChoices() {
    return headerChoices;
  }

  public String getMappingName() {
    return mappingName;
  }

  public void setMappingName(String mappingName) {
    this.mappingName = mappingName;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public DuplicateChoice getOthers() {
    return others;
  }

  public void setOthers(DuplicateChoice others) {
    this.others = others;
  }

  public boolean isPublish() {
    return publish;
  }

  public void setPublish(boolean publish) {
    this.publish = publish;
  }
}
