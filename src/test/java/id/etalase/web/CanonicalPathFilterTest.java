package id.etalase.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathFilterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/bondowoso/",
        "/bondowoso/konsol/usaha/ubah",
        "/bondowoso/produk/kopi-arabika-ijen",
        "/bondowoso/foto/0123456789abcdef01234567-320.jpg",
        "/bondowoso/qr/produk/kopi.png",
        "/jakarta.faces.resource/primefaces.js.xhtml",
        "/platform/",
        "/health/ready",
        "/sitemap.xml",
        "/bondowoso/produk/%27%20OR%201%3D1--"
      })
  void pathsTheApplicationWritesAndHarmlessEscapesPass(String path) {
    assertTrue(CanonicalPathFilter.isCanonical(path), path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/bondowoso/qr/../admin/akun.xhtml",
        "/jakarta.faces.resource/../platform/index.xhtml",
        "/bondowoso/./konsol/",
        "/bondowoso/konsol/..",
        "/..",
        "/bondowoso/%2e%2e/admin/akun",
        "/bondowoso/%2E%2E/admin/akun",
        "/bondowoso/konsol%2fakun",
        "/bondowoso/konsol%5cakun",
        "/bondowoso/%252e%252e/admin",
        "/bondowoso//admin/akun",
        "//platform/",
        "/bondowoso/admin;x=1/akun",
        "/bondowoso/admin/akun;jsessionid=abc",
        "/bondowoso\\admin\\akun",
        "/bondowoso/admin/akun\u0000",
        "/bondowoso/produk/k\u00f6pi",
        "/bondowoso/%2fadmin",
        "/bondowoso/konsol%3Bx",
        "/bondowoso/konsol%00",
        "/bondowoso/konsol%zz",
        "/bondowoso/konsol%c3",
        "/bondowoso/cari?q=x",
        "relative/path"
      })
  void everyOtherFormIsRefused(String path) {
    assertFalse(CanonicalPathFilter.isCanonical(path), path);
  }

  @org.junit.jupiter.api.Test
  void theServedPathMustBeTheRawPathOrItsWelcomeFile() {
    assertTrue(CanonicalPathFilter.serves("/bondowoso/konsol/", "/bondowoso/konsol/"));
    assertTrue(CanonicalPathFilter.serves("/platform/", "/platform/index.xhtml"));
    assertFalse(CanonicalPathFilter.serves("/platform", "/platform/index.xhtml"));
    assertFalse(CanonicalPathFilter.serves("/bondowoso/qr/x", "/bondowoso/admin/akun.xhtml"));
  }
}
