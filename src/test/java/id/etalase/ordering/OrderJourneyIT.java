package id.etalase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleBrowser;
import id.etalase.testing.TenantSql;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An order in headless Chromium at a phone's 390 x 844: a visitor orders two products of a business
 * from its page, an operator confirms the order in the console, the visitor's status page shows the
 * confirmation, and the government dashboard's order count, read by a tenant admin before and
 * after, has risen by one. The second product is the class's own, removed when it is done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String SECOND = "uji-jalur-pesanan-batik-cap";

  @ArquillianResource URL base;

  @Test
  void aVisitorOrdersTwoProductsTheOperatorConfirmsAndTheVisitorSeesIt() throws Exception {
    long second = addSecondProduct();
    ConsoleBrowser visitor = ConsoleBrowser.open(base);
    ConsoleBrowser operator = ConsoleBrowser.open(base);
    ConsoleBrowser admin = ConsoleBrowser.open(base);
    try {
      admin.signIn("/bondowoso/konsol/masuk", "pesanan.admin@bondowoso.etalase.id", PASSWORD);
      long ordersBefore = dashboardOrders(admin);
      visitor.get("/bondowoso/usaha/batik-sekar-tamanan");
      visitor.click("order");
      visitor.waitFor(By.id("order-send"));
      long batik =
          Long.parseLong(
              visitor
                  .driver()
                  .findElement(By.cssSelector("input[data-product='batik-tulis-motif-kopi']"))
                  .getAttribute("id")
                  .substring("jumlah_".length()));
      assertEquals(
          Boolean.TRUE,
          ((JavascriptExecutor) visitor.driver())
              .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
          "the form fits the phone's width");
      visitor.type("jumlah_" + batik, "1");
      visitor.type("jumlah_" + second, "3");
      visitor.type("nama", "Pembeli Jalur");
      visitor.type("whatsapp", "0812-3456-7001");
      visitor.click("pengiriman-COURIER");
      visitor.type("alamat", "Jl. Kopi 7, Tamanan");
      visitor.click("order-send");
      visitor.patient(20).until(d -> d.getCurrentUrl().contains("/bondowoso/pesanan/"));
      String statusPage = visitor.path();
      String number = visitor.text("order-number");
      assertEquals("NEW", visitor.waitFor(By.id("order-status")).getAttribute("data-status"));
      assertTrue(visitor.text("order-total").contains("900.000"), visitor.text("order-total"));
      visitor.shot("order-status");

      operator.signIn("/bondowoso/konsol/masuk", "pesanan.operator@bondowoso.etalase.id", PASSWORD);
      assertTrue(Integer.parseInt(operator.text("nav-orders-new")) >= 1, "the new orders' badge");
      operator.get("/bondowoso/konsol/pesanan/?status=NEW");
      operator.click(By.cssSelector("a[data-order='" + number + "']"));
      operator.waitFor(By.id("order-status"));
      assertTrue(operator.source().contains("Batik Cap Motif Kopi Uji"));
      operator.click("order-actions:confirm");
      operator
          .patient(20)
          .until(
              d ->
                  "CONFIRMED"
                      .equals(d.findElement(By.id("order-status")).getAttribute("data-status")));
      assertTrue(
          operator
              .driver()
              .findElement(By.id("order-whatsapp"))
              .getAttribute("href")
              .startsWith("https://wa.me/6281234567001?text="));

      visitor.get(statusPage.replace("?baru=1", ""));
      assertEquals("CONFIRMED", visitor.waitFor(By.id("order-status")).getAttribute("data-status"));
      assertEquals("Dikonfirmasi", visitor.text("order-status"));

      assertEquals(ordersBefore + 1, dashboardOrders(admin), "the dashboard counts the order");
    } catch (RuntimeException | AssertionError e) {
      visitor.evidence("order-journey-visitor");
      operator.evidence("order-journey-operator");
      admin.evidence("order-journey-admin");
      throw e;
    } finally {
      visitor.close();
      operator.close();
      admin.close();
      removeSecondProduct();
    }
  }

  /** The orders of the dashboard's default period (the last twelve months), as the page shows. */
  private static long dashboardOrders(ConsoleBrowser admin) {
    admin.get("/bondowoso/admin/");
    return Long.parseLong(
        admin
            .waitFor(
                By.cssSelector("li[data-figure='" + OrderInsight.ORDERS_IN_PERIOD + "'] strong"))
            .getText()
            .trim());
  }

  /** A second published product of Batik Sekar Tamanan, Rp 150.000 a piece. */
  private static long addSecondProduct() throws Exception {
    removeSecondProduct();
    try (Connection db = TenantSql.as("bondowoso");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO product (tenant_id, id, business_id, slug, name, price_min, unit,"
                    + " status) SELECT b.tenant_id, nextval('catalog_id_seq'), b.id, ?,"
                    + " 'Batik Cap Motif Kopi Uji', 150000, 'lembar', 'PUBLISHED' FROM business b"
                    + " WHERE b.slug = 'batik-sekar-tamanan' RETURNING id")) {
      insert.setString(1, SECOND);
      var row = insert.executeQuery();
      row.next();
      long id = row.getLong(1);
      db.commit();
      return id;
    }
  }

  private static void removeSecondProduct() throws Exception {
    try (Connection db = TenantSql.as("bondowoso");
        Statement sql = db.createStatement()) {
      sql.executeUpdate("DELETE FROM product WHERE slug = '" + SECOND + "'");
      db.commit();
    }
  }
}
