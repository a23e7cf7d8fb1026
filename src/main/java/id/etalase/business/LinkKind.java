package id.etalase.business;

/** Where a business can be found online. */
public enum LinkKind {
  WEBSITE,
  INSTAGRAM,
  FACEBOOK,
  TIKTOK,
  TOKOPEDIA,
  SHOPEE,
  OTHER
}
