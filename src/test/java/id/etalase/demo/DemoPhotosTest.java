package id.etalase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.etalase.media.ImagePipeline;
import id.etalase.media.ProcessedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemoPhotosTest {

  private final ImagePipeline pipeline = new ImagePipeline();

  @Test
  void everyCategoryDrawsAPhotoThePipelineAccepts() {
    for (String category :
        new String[] {
          "batik-fesyen", "kopi", "makanan-minuman", "kerajinan", "pertanian", "jasa", null
        }) {
      ProcessedImage image = pipeline.process(DemoPhotos.draw("contoh-" + category, category));
      assertEquals(DemoPhotos.WIDTH, image.width(), String.valueOf(category));
      assertEquals(3, image.variants().size());
    }
  }

  @Test
  void eachProductLooksALittleDifferentButTheSameOnEveryRun() {
    byte[] a = DemoPhotos.draw("kopi-a", "kopi");
    assertFalse(Arrays.equals(a, DemoPhotos.draw("kopi-b", "kopi")));
    assertEquals(
        pipeline.process(a).hash(), pipeline.process(DemoPhotos.draw("kopi-a", "kopi")).hash());
  }
}
