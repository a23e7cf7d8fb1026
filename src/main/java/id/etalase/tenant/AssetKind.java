package id.etalase.tenant;

/** The branding images every tenant has. */
public enum AssetKind {
  LOGO,
  HERO
}
