package id.etalase.web.admin;

import id.etalase.audit.AuditEntry;
import id.etalase.audit.AuditLog;
import id.etalase.audit.AuditQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The government console's audit log ({@code admin/audit.xhtml}): every change in this tenant,
 * newest first, read page by page and narrowed by record type, action and a name.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> RECORD_TYPES =
      List.of("Business", "Product", "Cluster", "Category", "Account", "Tenant", "Order");
  static final List<String> ACTIONS =
      List.of(
          "CREATE",
          "UPDATE",
          "DELETE",
          "PROPOSE",
          "APPROVE_CHANGE",
          "REJECT_CHANGE",
          "SUBMIT",
          "PUBLISH",
          "REJECT",
          "ARCHIVE",
          "RESTORE",
          "INVITE",
          "ACCEPT_INVITATION",
          "ISSUE_RESET_LINK",
          "RESET_PASSWORD",
          "RESET_MFA",
          "ENABLE",
          "DISABLE",
          "CHANGE_ROLE",
          "SUSPEND",
          "RESUME",
          "ADD_PHOTO",
          "REORDER_PHOTOS",
          "PRIMARY_PHOTO",
          "BRANDING",
          "DOMAIN_VERIFIED",
          "DOMAIN_VERIFIED_MANUALLY",
          "DOMAIN_REJECTED");

  @Inject private transient AuditLog audit;
  @Inject private transient id.etalase.web.consoles.common.SignedIn signedIn;

  private String recordType;
  private String action;
  private String text;

  private final LazyDataModel<AuditEntry> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) audit.count(signedIn.require(), query());
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          // The filters are this page's own fields, which PrimeFaces does not watch: it would
          // keep the first total in the paginator after the filter changed.
          setRowCount(count(filterBy));
          return audit.find(signedIn.require(), query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.getId());
        }
      };

  AuditQuery query() {
    return new AuditQuery(recordType, action, text == null || text.isBlank() ? null : text);
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }

  public List<String> getRecordTypes() {
    return RECORD_TYPES;
  }

  public List<String> getActions() {
    return ACTIONS;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
