package id.etalase.web.konsol.impor;

import id.etalase.importing.ImportErrors;
import id.etalase.importing.ImportSheet;
import id.etalase.importing.RowError;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A preview's errors on {@code konsol/impor/}: each message in the operator's language, and a
 * sheet's rows with their errors as an annotated workbook. The service finds the batch in the
 * operator's tenant only, whatever id a postback carries.
 */
@Named
@RequestScoped
public class ImportErrorsBacking {

  @Inject private ImportErrors errors;
  @Inject private SignedIn signedIn;
  @Inject private ConsoleMessages messages;

  public void workbook(long batchId, ImportSheet sheet) {
    Downloads.send(
        "kesalahan-" + sheet.sheetName() + "-" + batchId + ".xlsx",
        Downloads.XLSX,
        out -> errors.write(signedIn.require(), batchId, sheet, out));
  }

  /** An error's message; numbers as the file had them (a row number is no amount). */
  public String message(RowError error) {
    return messages.text(
        error.messageKey(),
        error.arguments().stream().map(a -> a instanceof Number ? a.toString() : a).toArray());
  }
}
