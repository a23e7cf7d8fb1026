package id.etalase.demo;

/**
 * The order in which features import a tenant's demo data (observer priorities of {@code
 * TenantFolderLoaded}): what is referred to comes before what refers to it.
 */
public final class DemoImportOrder {

  public static final int CATEGORIES = 1000;
  public static final int CLUSTERS = 2000;
  public static final int BUSINESSES = 3000;
  public static final int PRODUCTS = 4000;
  public static final int ACCOUNTS = 6000;

  private DemoImportOrder() {}
}
