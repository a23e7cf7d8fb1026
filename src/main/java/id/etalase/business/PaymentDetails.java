package id.etalase.business;

/**
 * How buyers pay a business outside the platform: a bank transfer (bank, account number, account
 * holder) and a static QRIS image, stored through the photo pipeline and named by its file ({@code
 * <hash>-<width>}). Part of the business profile, so an owner's change of a published business
 * waits for an operator like any other field.
 */
public record PaymentDetails(String bank, String accountNumber, String accountHolder, String qris) {

  public static final PaymentDetails NONE = new PaymentDetails(null, null, null, null);

  /** The QRIS image's file name as the photo servlet serves it. */
  public static final String QRIS_FILE = "[0-9a-f]{24}-[0-9]{1,5}";

  public boolean hasBankTransfer() {
    return bank != null && accountNumber != null;
  }

  public boolean hasQris() {
    return qris != null;
  }

  public boolean isEmpty() {
    return !hasBankTransfer() && !hasQris();
  }

  /** As the audit log and the pending change's rows show it. */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    if (bank != null || accountNumber != null || accountHolder != null) {
      text.append(bank == null ? "" : bank)
          .append(' ')
          .append(accountNumber == null ? "" : accountNumber)
          .append(accountHolder == null ? "" : " a.n. " + accountHolder);
    }
    if (qris != null) {
      text.append(text.isEmpty() ? "" : ", ").append("QRIS ").append(qris);
    }
    return text.toString().strip();
  }
}
