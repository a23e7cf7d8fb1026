package id.etalase.account;

/** Where a login attempt came from: the client's address and, shortened, its user agent. */
public record LoginClient(String address, String userAgent) {

  public LoginClient {
    address = address == null || address.isBlank() ? "unknown" : cut(address, 64);
    userAgent = userAgent == null ? null : cut(userAgent, 300);
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
