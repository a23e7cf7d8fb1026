package id.etalase.web.konsol.impor;

import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.importing.ImportBatch;
import id.etalase.importing.ImportService;
import id.etalase.importing.ImportStatus;
import id.etalase.importing.ImportUndo;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /konsol/impor/riwayat}: the tenant's imports, newest first, with the progress of those
 * running (polled while any runs, so it can be reopened after the page was closed) and undo for
 * those done.
 */
@Named
@ViewScoped
public class ImportHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most recent imports shown. */
  static final int SHOWN = 100;

  @Inject private transient ImportService imports;
  @Inject private transient ImportUndo undo;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;

  private List<ImportBatch> batches;

  public void load() {
    if (batches == null) {
      refresh();
    }
  }

  public void refresh() {
    batches = imports.history(signedIn.require(), 0, SHOWN);
  }

  public void undo(long id) {
    try {
      undo.undo(signedIn.require(), id);
      messages.info("import.history.undone");
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    } catch (RecordNotFoundException gone) {
      ConsoleRecordPage.notFound();
      return;
    }
    refresh();
  }

  /** The outcome of a failed batch in the operator's language; the details stay in the log. */
  public String failure(ImportBatch batch) {
    String failure = batch.getFailure();
    if (failure == null || failure.isEmpty()) {
      return "";
    }
    int bar = failure.indexOf('|');
    return messages.text(bar < 0 ? failure : failure.substring(0, bar));
  }

  public boolean isRunning() {
    return batches != null && batches.stream().anyMatch(b -> b.getStatus() == ImportStatus.RUNNING);
  }

  public List<ImportBatch> getBatches() {
    return batches;
  }
}
