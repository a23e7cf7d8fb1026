package id.etalase.common;

/**
 * The request attribute in which the site router hands the page or servlet it forwards to the name
 * that the visitor's path gave: a slug, a photo or asset file, a QR code. Forwards carry only fixed
 * paths, so nothing a visitor typed is ever resolved as a path again. Here, not in the router, so
 * that the servlets of other packages read it without depending on the web layer.
 */
public final class RoutedName {

  public static final String ATTRIBUTE = "id.etalase.routed-name";

  private RoutedName() {}
}
