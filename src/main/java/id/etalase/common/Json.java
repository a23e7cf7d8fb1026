package id.etalase.common;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * Jakarta JSON through one provider, looked up once. {@code jakarta.json.Json} looks the provider
 * up again on every call (a service-loader scan of the class path), which was 12% of the CPU of
 * rendering a product page for its JSON-LD.
 */
public final class Json {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }
}
