package id.etalase.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * A tenant's colours. They are written into the page's CSS, so only a colour that {@link
 * TenantRules#isColour} accepts is kept: anything else could break out of the style sheet.
 */
@Embeddable
public class Branding {

  @NotNull
  @Pattern(regexp = TenantRules.COLOUR)
  @Column(name = "color_primary")
  private String primaryColour;

  @NotNull
  @Pattern(regexp = TenantRules.COLOUR)
  @Column(name = "color_secondary")
  private String secondaryColour;

  @NotNull
  @Pattern(regexp = TenantRules.COLOUR)
  @Column(name = "color_accent")
  private String accentColour;

  protected Branding() {}

  public Branding(String primaryColour, String secondaryColour, String accentColour) {
    this.primaryColour = colour(primaryColour, "primary");
    this.secondaryColour = colour(secondaryColour, "secondary");
    this.accentColour = colour(accentColour, "accent");
  }

  private static String colour(String value, String name) {
    if (!TenantRules.isColour(value)) {
      throw new IllegalArgumentException(
          "The " + name + " colour must look like #1a2b3c (lower case), not: " + value);
    }
    return value;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public String getSecondaryColour() {
    return secondaryColour;
  }

  public String getAccentColour() {
    return accentColour;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Branding b
        && primaryColour.equals(b.primaryColour)
        && secondaryColour.equals(b.secondaryColour)
        && accentColour.equals(b.accentColour);
  }

  @Override
  public int hashCode() {
    return Objects.hash(primaryColour, secondaryColour, accentColour);
  }
}
