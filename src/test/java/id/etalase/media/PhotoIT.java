package id.etalase.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.common.InvalidInputException;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Photos through the whole path: upload, processing, storage, rows, and the files served under the
 * tenant's URL only. Hostile files leave no row and no file behind.
 */
@ExtendWith(ArquillianExtension.class)
class PhotoIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject PhotoService photos;
  @Inject PhotoRecords records;

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  @Test
  void aPhotoIsStoredOrderedAndServedOnlyUnderItsTenant() throws Exception {
    PhotoOwner batik = PhotoOwner.product("batik-tulis-motif-kopi");
    Photo first = work.callAs(a(), () -> photos.add(batik, photo(1600, 1200), "Kain batik"));
    Photo second = work.callAs(a(), () -> photos.add(batik, photo(900, 900), null));
    List<Photo> gallery = work.callAs(a(), () -> records.of(batik));
    assertEquals(
        List.of(first.getId(), second.getId()), gallery.stream().map(Photo::getId).toList());
    assertTrue(gallery.get(0).isPrimary());
    assertEquals(List.of(320, 640, 1280), first.getWidths());

    work.runAs(
        a(),
        () -> records.reorder(Actors.operator(a()), batik, List.of(second.getId(), first.getId())));
    work.runAs(a(), () -> records.makePrimary(Actors.operator(a()), batik, second.getId()));
    List<Photo> reordered = work.callAs(a(), () -> records.of(batik));
    assertEquals(second.getId(), reordered.get(0).getId());
    assertTrue(reordered.get(0).isPrimary());
    assertTrue(!reordered.get(1).isPrimary());

    String page =
        new String(
            get("/bondowoso/produk/batik-tulis-motif-kopi").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(page.contains(second.fileName(640) + " 640w"), "the primary photo with its srcset");
    assertTrue(page.contains("class=\"gallery\""), page);
    assertTrue(page.contains(first.fileName(320)), "the other photo in the gallery");

    String file = first.fileName(640);
    HttpResponse<byte[]> served = get("/bondowoso/foto/" + file);
    assertEquals(200, served.statusCode());
    assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
    assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    assertEquals((byte) 0xff, served.body()[0]);
    assertEquals(404, get("/situbondo/foto/" + file).statusCode(), "B's URL reaches A's photo");
    assertEquals(404, get("/_foto/" + file).statusCode());
    // An encoded traversal is not a path the application writes: refused before routing (#10).
    assertEquals(400, get("/bondowoso/foto/..%2F..%2F" + file).statusCode());
    HttpResponse<byte[]> cached =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/bondowoso/foto/" + file)))
                .header("If-None-Match", served.headers().firstValue("ETag").orElseThrow())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, cached.statusCode());
  }

  @Test
  void tenantBCannotAddToListOrReorderTenantAsPhotos() {
    PhotoOwner ofA = PhotoOwner.business("batik-sekar-tamanan");
    InvalidInputException added =
        assertThrows(
            InvalidInputException.class,
            () -> work.callAs(b(), () -> photos.add(ofA, photo(400, 300), null)));
    assertEquals("owner", added.problems().get(0).field());
    assertThrows(InvalidInputException.class, () -> work.callAs(b(), () -> records.of(ofA)));
    assertThrows(
        InvalidInputException.class,
        () -> work.runAs(b(), () -> records.reorder(Actors.operator(b()), ofA, List.of())));
  }

  @Test
  void hostileFilesAreRefusedAndLeaveNothing() throws Exception {
    PhotoOwner coffee = PhotoOwner.product("kopi-arabika-ijen-250g");
    int before = work.callAs(a(), () -> records.of(coffee)).size();
    for (byte[] hostile :
        List.of(
            HostileImages.decompressionBomb(),
            HostileImages.truncatedJpeg(),
            HostileImages.svgWithScript(),
            HostileImages.fiftyMegabytes())) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> work.callAs(a(), () -> photos.add(coffee, hostile, null)));
      assertEquals("photo", refused.problems().get(0).field());
    }
    assertEquals(before, work.callAs(a(), () -> records.of(coffee)).size());
    assertEquals(200, get("/health/ready").statusCode(), "the server is still up");
  }

  private static byte[] photo(int w, int h) {
    try {
      return HostileImages.photo(w, h);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
