package id.etalase.web.site;

import id.etalase.business.Business;
import id.etalase.catalog.Availability;
import id.etalase.catalog.Product;
import id.etalase.common.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * schema.org descriptions of products and businesses, as JSON-LD, so search engines show prices in
 * rupiah and a business's address and phone. Written as a whole script element: "&lt;/" is escaped
 * so no text from the catalog can close it.
 */
final class JsonLd {

  private JsonLd() {}

  static String product(Product p, Business b, String url, String image, String businessUrl) {
    JsonObjectBuilder product =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Product")
            .add("name", p.getName())
            .add("url", url);
    if (p.getDescription() != null) {
      product.add("description", p.getDescription());
    }
    if (image != null) {
      product.add("image", image);
    }
    JsonObjectBuilder seller =
        Json.createObjectBuilder()
            .add("@type", "LocalBusiness")
            .add("name", b.getName())
            .add("url", businessUrl);
    if (p.getPriceMin() != null) {
      JsonObjectBuilder offer =
          Json.createObjectBuilder()
              .add("@type", "Offer")
              .add("priceCurrency", "IDR")
              .add("price", p.getPriceMin())
              .add("availability", availability(p.getAvailability()))
              .add("url", url)
              .add("seller", seller);
      if (p.getPriceMax() != null) {
        offer =
            Json.createObjectBuilder()
                .add("@type", "AggregateOffer")
                .add("priceCurrency", "IDR")
                .add("lowPrice", p.getPriceMin())
                .add("highPrice", p.getPriceMax())
                .add("availability", availability(p.getAvailability()))
                .add("url", url)
                .add("seller", seller);
      }
      product.add("offers", offer);
    }
    return script(product.build());
  }

  static String business(Business b, String url, String district, String village, String regency) {
    JsonObjectBuilder address =
        Json.createObjectBuilder().add("@type", "PostalAddress").add("addressCountry", "ID");
    if (b.getStreetAddress() != null) {
      address.add("streetAddress", b.getStreetAddress());
    }
    if (district != null) {
      address.add("addressLocality", (village == null ? "" : village + ", ") + "Kec. " + district);
    }
    address.add("addressRegion", regency);
    JsonObjectBuilder business =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "LocalBusiness")
            .add("name", b.getName())
            .add("url", url)
            .add("address", address);
    if (b.getDescription() != null) {
      business.add("description", b.getDescription());
    }
    if (b.getPhone() != null) {
      business.add("telephone", b.getPhone());
    }
    if (b.getLatitude() != null && b.getLongitude() != null) {
      business.add(
          "geo",
          Json.createObjectBuilder()
              .add("@type", "GeoCoordinates")
              .add("latitude", b.getLatitude())
              .add("longitude", b.getLongitude()));
    }
    return script(business.build());
  }

  private static String availability(Availability a) {
    return switch (a) {
      case READY -> "https://schema.org/InStock";
      case PRE_ORDER -> "https://schema.org/PreOrder";
      case OUT_OF_STOCK -> "https://schema.org/OutOfStock";
    };
  }

  /**
   * The whole script element, written as text: a script element rendered as a Faces element would
   * get PrimeFaces' per-response CSP nonce, and a page that differs on every response defeats its
   * ETag. JSON-LD is data, not script, and needs no nonce.
   */
  private static String script(JsonObject json) {
    return "<script type=\"application/ld+json\">"
        + json.toString().replace("</", "<\\/").replace("<!--", "<\\!--")
        + "</script>";
  }
}
