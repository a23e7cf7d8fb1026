package id.etalase.web.platform;

import id.etalase.common.RecordNotFoundException;
import id.etalase.insight.Figure;
import id.etalase.insight.PlatformFigures;
import id.etalase.onboarding.TenantOperations;
import id.etalase.onboarding.TenantOperations.TenantRow;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The platform console's tenant list ({@code platform/index.xhtml}): sizes, suspend, resume. */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient TenantOperations operations;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient SignedIn signedIn;

  @Inject private transient PlatformFigures platformFigures;

  private List<TenantRow> rows;
  private Map<String, List<Figure>> figures;

  @PostConstruct
  void load() {
    rows = operations.list(signedIn.require());
    figures = new HashMap<>();
    for (PlatformFigures.Row row : platformFigures.all(signedIn.require())) {
      figures.put(row.tenant().slug(), List.copyOf(row.figures()));
    }
  }

  /** The tenant's key counts (the insight sources'), side by side with the other tenants'. */
  public List<Figure> figuresOf(String slug) {
    return figures.getOrDefault(slug, List.of());
  }

  public void suspend(String slug) {
    try {
      operations.suspend(signedIn.require(), slug);
      messages.info("tenants.suspended", slug);
    } catch (RecordNotFoundException gone) {
      messages.error("tenants.unknown", slug);
    }
    load();
  }

  public void resume(String slug) {
    try {
      operations.resume(signedIn.require(), slug);
      messages.info("tenants.resumed", slug);
    } catch (RecordNotFoundException gone) {
      messages.error("tenants.unknown", slug);
    }
    load();
  }

  public List<TenantRow> getRows() {
    return rows;
  }
}
