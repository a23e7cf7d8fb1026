package id.etalase.web.admin;

import id.etalase.onboarding.BrandingDraft;
import id.etalase.onboarding.BrandingImage;
import id.etalase.onboarding.TenantBrandingService;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The preview on the branding page ({@code admin/merek.xhtml}, its {@code preview} panel): the
 * public header as it would look with the draft that {@link BrandingBacking} holds for this view.
 * Its colours become the public pages' CSS variables, its new images are shown from the draft
 * itself (the published ones otherwise), and it says whether the draft differs from what is
 * published. It only shows the draft: editing it, and publishing, are the form's.
 */
@Named
@RequestScoped
public class BrandingPreviewBacking {

  @Inject private BrandingBacking editor;
  @Inject private TenantBrandingService branding;
  @Inject private CurrentTenant currentTenant;

  public BrandingDraft getDraft() {
    return editor.getDraft();
  }

  /** Whether publishing would change anything: new images, or other text than is published. */
  public boolean isChanged() {
    BrandingDraft draft = getDraft();
    return draft.logo() != null
        || draft.hero() != null
        || !branding.current(currentTenant.latest()).equals(draft);
  }

  /** The logo the preview shows: the draft's new one, or the published one. */
  public String getLogoSrc() {
    return src(getDraft().logo(), currentTenant.latest().logoFile());
  }

  public String getHeroSrc() {
    return src(getDraft().hero(), currentTenant.latest().heroFile());
  }

  private String src(BrandingImage drafted, String publishedFile) {
    if (drafted != null) {
      return drafted.dataUri();
    }
    return publishedFile == null ? null : currentTenant.link("/aset/") + publishedFile;
  }

  /** The preview's CSS variables; the colours passed {@code #rrggbb} checks, nothing else. */
  public String getPreviewStyle() {
    BrandingDraft draft = getDraft();
    return "--brand:"
        + draft.primaryColour()
        + ";--brand-soft:"
        + draft.secondaryColour()
        + ";--accent:"
        + draft.accentColour();
  }
}
