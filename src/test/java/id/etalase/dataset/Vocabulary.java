package id.etalase.dataset;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words the dataset is made of: what Indonesian UMKM sell, how they name themselves and their
 * products, and how they describe them. Templates name a word list in braces ({@code {motif}}) or a
 * place of the business ({@code {desa}}, {@code {kecamatan}}, {@code {daerah}}, the regency's name
 * without "Kabupaten"/"Kota"); {@link #expand} fills them.
 */
final class Vocabulary {

  private Vocabulary() {}

  /**
   * A kind of product a sector makes.
   *
   * @param name template of the product's name
   * @param category slug of its category (one of {@link #CATEGORIES})
   * @param unit what one price buys
   * @param priceMin lowest price in rupiah
   * @param priceMax highest price in rupiah
   */
  record Item(String name, String category, String unit, long priceMin, long priceMax) {}

  /**
   * A sector: the {@code business.sector} label, how businesses of the sector are named and
   * described, what they make, and what a cluster (sentra) of them is called.
   */
  record Sector(
      String label,
      int weight,
      List<String> businessNames,
      List<String> businessDescriptions,
      List<Item> items,
      List<String> productDetails,
      String clusterName,
      boolean food) {}

  /** The category tree every tenant gets: slug, name, English name, parent slug or null. */
  record CategorySeed(String slug, String name, String nameEn, String parent) {}

  static final List<CategorySeed> CATEGORIES =
      List.of(
          new CategorySeed("batik-fesyen", "Batik & Fesyen", "Batik & Fashion", null),
          new CategorySeed("makanan-minuman", "Makanan & Minuman", "Food & Drinks", null),
          new CategorySeed("kopi", "Kopi", "Coffee", null),
          new CategorySeed("kerajinan", "Kerajinan", "Crafts", null),
          new CategorySeed("pertanian", "Pertanian", "Agriculture", null),
          new CategorySeed("jasa", "Jasa", "Services", null),
          new CategorySeed("kain-batik", "Kain Batik", "Batik Cloth", "batik-fesyen"),
          new CategorySeed("tenun", "Tenun & Songket", "Woven Cloth", "batik-fesyen"),
          new CategorySeed("busana", "Busana & Aksesori", "Clothing & Accessories", "batik-fesyen"),
          new CategorySeed("camilan", "Camilan & Keripik", "Snacks & Chips", "makanan-minuman"),
          new CategorySeed("kue-roti", "Kue & Roti", "Cakes & Bread", "makanan-minuman"),
          new CategorySeed("sambal-bumbu", "Sambal & Bumbu", "Sauces & Spices", "makanan-minuman"),
          new CategorySeed(
              "minuman", "Minuman & Jamu", "Drinks & Herbal Tonics", "makanan-minuman"),
          new CategorySeed("olahan-ikan", "Olahan Ikan", "Fish Products", "makanan-minuman"),
          new CategorySeed("anyaman", "Anyaman", "Weaving", "kerajinan"),
          new CategorySeed("kayu", "Ukiran & Kayu", "Woodcraft", "kerajinan"),
          new CategorySeed("gerabah", "Gerabah & Batu", "Pottery & Stone", "kerajinan"),
          new CategorySeed("madu-gula", "Madu & Gula", "Honey & Sugar", "pertanian"),
          new CategorySeed("hasil-kebun", "Buah & Hasil Kebun", "Fruit & Produce", "pertanian"));

  static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry(
              "indah",
              words(
                  "Sekar Arum Melati Kencana Lestari Mekar Sari Ayu Puspa Cahaya Mulia Jaya Indah"
                      + " Rengganis Wijaya Kartika Sejahtera Makmur Barokah Berkah Rahayu Sentosa"
                      + " Abadi Utama Mandiri Sakinah Amanah Harapan Bunda Wangi Kemuning Ratna"
                      + " Citra Dewi Asri Manunggal Rukun Lancar Tunggal Karya Nusantara Pertiwi")),
          Map.entry(
              "motif",
              words(
                  "Kawung|Parang Rusak|Mega Mendung|Sekar Jagad|Truntum|Sido Mukti|Daun Kopi"
                      + "|Bunga Melati|Ceplok|Lereng|Gringsing|Daun Tembakau|Merak Ngibing"
                      + "|Burung Hong|Kembang Kopi|Tambal|Sido Luhur|Semen Rama|Pisang Bali"
                      + "|Lasem Tiga Negeri|Jlamprang|Buketan|Kopi Pecah|Gunung Ijen|Ikan Koi"
                      + "|Bambu Kuning|Kupu-Kupu|Padi Kapas",
                  "\\|")),
          Map.entry(
              "warna",
              words(
                  "Biru Indigo|Cokelat Soga|Merah Marun|Hijau Daun|Hitam|Ungu|Kuning Kunyit|Putih Gading|Abu-Abu|Jingga",
                  "\\|")),
          Map.entry("ukuran", words("S|M|L|XL|XXL|All Size|Anak|Dewasa", "\\|")),
          Map.entry(
              "kopiJenis",
              words("Arabika|Robusta|Liberika|Excelsa|Arabika Lanang|Robusta Lanang", "\\|")),
          Map.entry(
              "kopiProses", words("Natural|Honey|Full Wash|Semi Wash|Wine|Anaerob|Luwak", "\\|")),
          Map.entry(
              "kopiBentuk",
              words("Biji Sangrai|Bubuk|Green Bean|Drip Bag|Sangrai Medium|Sangrai Gelap", "\\|")),
          Map.entry("berat", words("100 g|150 g|200 g|250 g|500 g|1 kg", "\\|")),
          Map.entry("beratKecil", words("100 g|150 g|200 g|250 g|400 g|500 g", "\\|")),
          Map.entry(
              "keripikBahan",
              words(
                  "Singkong|Pisang|Tempe|Talas|Ubi Ungu|Sukun|Nangka|Kentang|Bayam|Jamur Tiram|Usus Ayam|Kulit Ikan|Salak|Apel|Gadung|Paru",
                  "\\|")),
          Map.entry(
              "rasa",
              words(
                  "Balado|Original|Pedas Manis|Keju|Jagung Bakar|Bawang|Asin Gurih|Pedas Daun Jeruk|Barbeque|Rumput Laut|Manis",
                  "\\|")),
          Map.entry(
              "kerupuk",
              words(
                  "Udang|Ikan Tenggiri|Rambak Sapi|Puli|Bawang|Terung|Kulit Sapi|Cumi|Samiler|Gendar",
                  "\\|")),
          Map.entry(
              "kue",
              words(
                  "Bolu Pandan|Bolu Kukus|Bakpia Kacang Hijau|Bakpia Keju|Dodol Ketan|Wajik Ketan|Brownies Tape|Pia Kacang|Jenang Kudus|Lapis Legit|Kue Lumpur|Onde-Onde|Roti Sobek|Kue Bangkit|Nastar Nanas|Kastengel|Putri Salju|Lumpia Basah|Getuk Lindri|Klepon|Prol Tape|Bika Ambon|Kue Mochi|Geplak|Yangko",
                  "\\|")),
          Map.entry(
              "isi",
              words(
                  "Cokelat|Keju|Kacang Hijau|Nanas|Durian|Ubi Ungu|Kumbu Hitam|Pandan|Original",
                  "\\|")),
          Map.entry(
              "sambal",
              words(
                  "Bawang|Terasi|Cumi|Ijo|Roa|Teri|Bajak|Matah|Pecel|Tempe|Kecombrang|Bawang Bakar|Tuna|Ebi",
                  "\\|")),
          Map.entry(
              "bumbu",
              words(
                  "Bumbu Pecel|Bumbu Rujak|Bumbu Rendang|Bumbu Rawon|Bumbu Soto|Petis Udang|Petis Ikan|Terasi Udang|Kecap Manis|Bumbu Gado-Gado|Serundeng Kelapa",
                  "\\|")),
          Map.entry(
              "minuman",
              words(
                  "Jamu Kunyit Asam|Jamu Beras Kencur|Jamu Temulawak|Wedang Jahe|Wedang Uwuh|Wedang Secang|Sirup Markisa|Sirup Jeruk Nipis|Sirup Pala|Teh Daun Kelor|Susu Kedelai|Sari Buah Sirsak|Bandrek|Bajigur Instan|Jahe Merah Instan|Kopi Rempah|Sari Apel|Teh Rosela|Minuman Serai",
                  "\\|")),
          Map.entry(
              "ikan",
              words("Tuna|Lele|Tongkol|Bandeng|Cakalang|Teri|Tenggiri|Gabus|Patin|Kakap", "\\|")),
          Map.entry(
              "anyamItem",
              words(
                  "Tas|Keranjang|Tikar|Topi|Tempat Tisu|Tudung Saji|Besek|Tampah|Kap Lampu|Tempat Buah|Bakul|Kipas|Dompet|Hantaran|Nampan",
                  "\\|")),
          Map.entry(
              "anyamBahan",
              words(
                  "Bambu|Rotan|Pandan|Mendong|Eceng Gondok|Lidi Kelapa|Purun|Pelepah Pisang|Agel",
                  "\\|")),
          Map.entry(
              "kayuItem",
              words(
                  "Meja Ukir|Kursi Teras|Topeng|Miniatur Perahu|Talenan|Sendok Nasi|Hiasan Dinding|Rak Buku|Kotak Perhiasan|Jam Dinding|Patung Garuda|Asbak|Lemari Kecil|Pigura|Nampan",
                  "\\|")),
          Map.entry(
              "kayu",
              words(
                  "Jati|Mahoni|Sonokeling|Trembesi|Akasia|Sengon|Kelapa|Waru|Nangka|Mindi", "\\|")),
          Map.entry(
              "gerabahItem",
              words(
                  "Kendi|Pot Bunga|Vas Bunga|Cobek|Tungku|Celengan|Guci|Piring Saji|Cangkir|Lampu Hias|Anglo|Kuali",
                  "\\|")),
          Map.entry(
              "gerabahBahan",
              words("Tanah Liat|Gerabah|Terakota|Keramik|Batu Andesit|Batu Kali", "\\|")),
          Map.entry(
              "madu",
              words(
                  "Madu Hutan|Madu Klanceng|Madu Randu|Madu Kaliandra|Madu Kopi|Madu Lebah Odeng|Madu Mangga|Madu Kelengkeng",
                  "\\|")),
          Map.entry(
              "gula",
              words("Gula Aren|Gula Kelapa|Gula Semut|Gula Merah Tebu|Gula Aren Cair", "\\|")),
          Map.entry(
              "beras",
              words(
                  "Beras Organik|Beras Merah|Beras Hitam|Beras Pandan Wangi|Beras Mentik Susu|Beras Rojolele",
                  "\\|")),
          Map.entry(
              "buah",
              words(
                  "Mangga Arumanis|Mangga Manalagi|Salak Pondoh|Alpukat Mentega|Jeruk Keprok|Durian Montong|Manggis|Rambutan Binjai|Kelengkeng|Buah Naga Merah|Pisang Cavendish|Nanas Madu|Sirsak|Jambu Kristal|Melon",
                  "\\|")),
          Map.entry(
              "rempah",
              words(
                  "Jahe Merah|Kunyit|Temulawak|Kayu Manis|Cengkih|Pala|Lada Putih|Kemiri|Vanili|Serai Wangi|Kapulaga",
                  "\\|")),
          Map.entry(
              "busanaItem",
              words(
                  "Kemeja|Daster|Rok|Blus|Gamis|Mukena|Kerudung|Tas Jinjing|Dompet|Sarung|Kaos Sablon|Jaket|Outer|Celana Kulot|Peci",
                  "\\|")),
          Map.entry(
              "kulit",
              words(
                  "Tas Kulit|Dompet Kulit|Sabuk Kulit|Sepatu Kulit|Sandal Kulit|Jaket Kulit|Gantungan Kunci Kulit",
                  "\\|")),
          Map.entry(
              "tenun",
              words(
                  "Tenun Ikat|Songket|Tenun Lurik|Tenun Gedog|Ulos|Kain Endek|Tenun Sutra|Sarung Tenun",
                  "\\|")),
          Map.entry(
              "jasa",
              words(
                  "Jasa Jahit|Sewa Tenda|Rias Pengantin|Katering Nasi Kotak|Servis Elektronik|Laundry Kiloan|Sablon Kaos|Cetak Undangan|Paket Wisata|Sewa Sound System|Dekorasi Pesta|Fotografi Produk|Desain Kemasan|Pelatihan Membatik|Kursus Menjahit",
                  "\\|")),
          Map.entry(
              "bahanMasak",
              words(
                  "tanpa pengawet|tanpa MSG|bahan pilihan|resep keluarga|minyak kelapa|bumbu rempah asli|gula aren|garam laut",
                  "\\|")),
          Map.entry(
              "kemasan",
              words(
                  "standing pouch|toples plastik|kotak karton|botol kaca|besek bambu|plastik vakum|kaleng|mika",
                  "\\|")),
          Map.entry("pemilikPerempuan", words("Bu|Mbak|Mbok|Bunda|Umi|Ning", "\\|")),
          Map.entry("pemilikLaki", words("Pak|Mas|Cak|Abah|Bang|Kang", "\\|")));

  static final List<Sector> SECTORS =
      List.of(
          new Sector(
              "Batik",
              14,
              List.of(
                  "Batik {indah} {desa}",
                  "Batik {indah}",
                  "Rumah Batik {indah}",
                  "Griya Batik {desa}",
                  "Batik Tulis {pemilik}",
                  "Kampung Batik {indah}",
                  "Sanggar Batik {indah} {desa}"),
              List.of(
                  "Rumah produksi batik tulis dan batik cap di Desa {desa}, Kecamatan {kecamatan}."
                      + " Motifnya mengambil alam dan cerita {daerah}, dengan pewarna alam dan"
                      + " sintetis.",
                  "Perajin batik {daerah} yang membuat kain, kemeja, dan seragam batik pesanan"
                      + " sekolah serta instansi, dikerjakan ibu-ibu di Desa {desa}.",
                  "Usaha batik keluarga sejak lama di Kecamatan {kecamatan}: batik tulis halus,"
                      + " batik cap, dan kombinasi, menerima pesanan motif khusus."),
              List.of(
                  new Item("Batik Tulis Motif {motif}", "kain-batik", "lembar", 250_000, 2_500_000),
                  new Item("Batik Cap Motif {motif}", "kain-batik", "lembar", 85_000, 350_000),
                  new Item("Kain Batik {motif} {warna}", "kain-batik", "lembar", 120_000, 900_000),
                  new Item(
                      "Kemeja Batik {motif} Lengan Panjang", "busana", "potong", 150_000, 650_000),
                  new Item("Daster Batik {motif}", "busana", "potong", 55_000, 150_000),
                  new Item("Selendang Batik {motif}", "kain-batik", "lembar", 90_000, 450_000),
                  new Item("Seragam Batik {motif} {warna}", "busana", "potong", 95_000, 250_000)),
              List.of(
                  "Kain katun primisima 2 x 1,15 m.",
                  "Pewarna alam dari kulit kayu dan daun indigo.",
                  "Warna {warna}, tidak luntur bila dicuci dengan lerak.",
                  "Dikerjakan dua sampai enam minggu per lembar.",
                  "Ukuran {ukuran}, bisa dipesan untuk seragam."),
              "Sentra Batik",
              false),
          new Sector(
              "Tenun",
              3,
              List.of("Tenun {indah} {desa}", "Tenun Ikat {indah}", "Kelompok Tenun {desa}"),
              List.of(
                  "Kelompok penenun di Desa {desa} yang menenun kain dengan alat tenun bukan mesin"
                      + " (ATBM) dan gedogan, meneruskan motif turun-temurun {daerah}."),
              List.of(
                  new Item("{tenun} Motif {motif}", "tenun", "lembar", 150_000, 3_000_000),
                  new Item("{tenun} {warna}", "tenun", "lembar", 120_000, 1_500_000),
                  new Item("Syal {tenun} {warna}", "tenun", "lembar", 75_000, 250_000)),
              List.of("Ditenun tangan dengan ATBM.", "Benang katun dan sutra, warna {warna}."),
              "Sentra Tenun",
              false),
          new Sector(
              "Kopi",
              9,
              List.of(
                  "Kopi {indah} {desa}",
                  "Kopi Lereng {desa}",
                  "{desa} Coffee",
                  "Kedai Kopi {indah}",
                  "Kelompok Tani Kopi {desa}",
                  "Roastery {indah}"),
              List.of(
                  "Kelompok petani yang mengolah kopi dari kebun rakyat di Kecamatan {kecamatan},"
                      + " dijual sebagai biji sangrai, kopi bubuk, dan green bean.",
                  "Roastery kecil di Desa {desa} yang menyangrai kopi {daerah} olahan natural dan"
                      + " honey dari petani sekitar.",
                  "Kopi {daerah} dipetik merah, dijemur di rumah jemur, dan disangrai sendiri."),
              List.of(
                  new Item(
                      "Kopi {kopiJenis} {kopiProses} {kopiBentuk} {berat}",
                      "kopi",
                      "bungkus",
                      25_000,
                      250_000),
                  new Item("Kopi {kopiJenis} {daerah} {berat}", "kopi", "bungkus", 30_000, 200_000),
                  new Item(
                      "Kopi Bubuk {kopiJenis} {beratKecil}", "kopi", "bungkus", 15_000, 90_000),
                  new Item("Green Bean {kopiJenis} {kopiProses}", "kopi", "kg", 90_000, 400_000)),
              List.of(
                  "Dipetik merah dari kebun ketinggian 900 sampai 1.500 mdpl.",
                  "Sangrai medium, cocok untuk tubruk, V60, dan espresso.",
                  "Dikemas dalam {kemasan} dengan katup.",
                  "Catatan rasa cokelat, gula aren, dan sedikit asam buah."),
              "Kampung Kopi",
              true),
          new Sector(
              "Makanan Ringan",
              16,
              List.of(
                  "Keripik {indah}",
                  "Dapur {pemilik}",
                  "Camilan {indah} {desa}",
                  "UD {indah}",
                  "Kerupuk {indah}",
                  "Aneka Keripik {desa}"),
              List.of(
                  "Usaha rumahan di Desa {desa} yang membuat keripik dan kerupuk {bahanMasak},"
                      + " dijual ke warung, toko oleh-oleh, dan lewat marketplace.",
                  "Camilan khas {daerah} dari dapur rumah di Kecamatan {kecamatan}, digoreng setiap"
                      + " hari dan dikemas dalam {kemasan}."),
              List.of(
                  new Item(
                      "Keripik {keripikBahan} {rasa} {beratKecil}",
                      "camilan",
                      "bungkus",
                      8_000,
                      45_000),
                  new Item("Kerupuk {kerupuk} {beratKecil}", "camilan", "bungkus", 10_000, 60_000),
                  new Item("Rengginang {rasa}", "camilan", "bungkus", 12_000, 35_000),
                  new Item("Emping Melinjo {rasa}", "camilan", "bungkus", 20_000, 75_000),
                  new Item("Rempeyek Kacang {rasa}", "camilan", "toples", 15_000, 40_000),
                  new Item("Makaroni {rasa}", "camilan", "bungkus", 7_000, 25_000)),
              List.of(
                  "Digoreng dengan {bahanMasak}.",
                  "Renyah, tahan sampai tiga bulan dalam kemasan tertutup.",
                  "Dikemas dalam {kemasan}.",
                  "Cocok untuk oleh-oleh khas {daerah}."),
              "Sentra Keripik",
              true),
          new Sector(
              "Kue dan Roti",
              9,
              List.of(
                  "Dapur {pemilik}",
                  "Kue {indah}",
                  "Toko Roti {indah}",
                  "Oleh-Oleh {indah} {desa}",
                  "Pawon {indah}"),
              List.of(
                  "Kue basah dan kue kering dari dapur rumahan di Kecamatan {kecamatan}, menerima"
                      + " pesanan hantaran, arisan, dan hajatan.",
                  "Toko oleh-oleh di Desa {desa} dengan kue khas {daerah}, dibuat {bahanMasak}."),
              List.of(
                  new Item("{kue}", "kue-roti", "kotak", 15_000, 150_000),
                  new Item("{kue} Isi {isi}", "kue-roti", "kotak", 20_000, 90_000),
                  new Item("{kue} {daerah}", "kue-roti", "dus", 25_000, 120_000)),
              List.of(
                  "Dibuat setiap pagi, tahan tiga hari.",
                  "Isi 20 potong per kotak.",
                  "Menerima pesanan untuk hajatan minimal 50 kotak.",
                  "Dibuat {bahanMasak}."),
              "Kampung Kue",
              true),
          new Sector(
              "Sambal dan Bumbu",
              6,
              List.of(
                  "Sambal {pemilik}",
                  "Dapur Sambal {indah}",
                  "Bumbu {indah}",
                  "Sambal {indah} {desa}"),
              List.of(
                  "Sambal dan bumbu siap pakai dari Desa {desa}, diulek dan dimasak {bahanMasak},"
                      + " dalam {kemasan}.",
                  "Usaha bumbu dapur khas {daerah} di Kecamatan {kecamatan}, dijual ke rumah makan"
                      + " dan toko oleh-oleh."),
              List.of(
                  new Item("Sambal {sambal} {beratKecil}", "sambal-bumbu", "botol", 15_000, 55_000),
                  new Item("{bumbu} {beratKecil}", "sambal-bumbu", "toples", 10_000, 45_000),
                  new Item(
                      "Sambal {sambal} Pedas {daerah}", "sambal-bumbu", "botol", 18_000, 50_000)),
              List.of(
                  "Tahan enam bulan tanpa pengawet.",
                  "Tingkat pedas bisa dipilih.",
                  "Dikemas dalam {kemasan}."),
              null,
              true),
          new Sector(
              "Minuman dan Jamu",
              6,
              List.of(
                  "Jamu {pemilik}",
                  "Minuman {indah}",
                  "Jamu Gendong {indah}",
                  "Wedang {indah} {desa}"),
              List.of(
                  "Jamu dan minuman tradisional dari rempah kebun sendiri di Desa {desa}, dibuat"
                      + " {bahanMasak}.",
                  "Minuman khas {daerah} dalam botol dan sachet, diproduksi di Kecamatan"
                      + " {kecamatan}."),
              List.of(
                  new Item("{minuman} 250 ml", "minuman", "botol", 8_000, 30_000),
                  new Item("{minuman} {beratKecil}", "minuman", "bungkus", 15_000, 60_000),
                  new Item("{minuman} Botol 1 Liter", "minuman", "botol", 25_000, 80_000)),
              List.of(
                  "Tanpa pemanis buatan.",
                  "Dari {rempah} segar.",
                  "Simpan di lemari es setelah dibuka."),
              null,
              true),
          new Sector(
              "Olahan Ikan",
              5,
              List.of(
                  "Olahan Ikan {indah}",
                  "UD Mina {indah}",
                  "Abon {pemilik}",
                  "Kelompok Nelayan {desa}"),
              List.of(
                  "Olahan hasil laut dan tambak dari nelayan {daerah}: abon, ikan asin, terasi,"
                      + " dan kerupuk, diolah di Desa {desa}.",
                  "Kelompok pengolah ikan di Kecamatan {kecamatan} yang membuat bandeng presto dan"
                      + " abon ikan {bahanMasak}."),
              List.of(
                  new Item(
                      "Abon Ikan {ikan} {beratKecil}", "olahan-ikan", "bungkus", 25_000, 95_000),
                  new Item("Ikan Asin {ikan}", "olahan-ikan", "kg", 35_000, 150_000),
                  new Item("Bandeng Presto {rasa}", "olahan-ikan", "ekor", 20_000, 60_000),
                  new Item(
                      "Kerupuk Ikan {ikan} {beratKecil}", "olahan-ikan", "bungkus", 15_000, 50_000),
                  new Item("Otak-Otak {ikan}", "olahan-ikan", "bungkus", 20_000, 55_000)),
              List.of(
                  "Dari ikan segar tangkapan pagi.",
                  "Dikemas vakum, tahan dua bulan.",
                  "Tanpa bahan pengawet."),
              "Kampung Nelayan",
              true),
          new Sector(
              "Anyaman",
              7,
              List.of(
                  "Anyaman {indah} {desa}",
                  "Kerajinan {anyamBahan} {indah}",
                  "Kelompok Perajin {desa}",
                  "Anyaman {pemilik}"),
              List.of(
                  "Kerajinan anyaman {anyamBahan} karya perajin di Kecamatan {kecamatan}: tas,"
                      + " keranjang, tikar, dan hiasan rumah.",
                  "Kelompok ibu-ibu perajin di Desa {desa} yang menganyam {anyamBahan} untuk pasar"
                      + " lokal dan pesanan hotel."),
              List.of(
                  new Item("{anyamItem} Anyaman {anyamBahan}", "anyaman", "buah", 15_000, 450_000),
                  new Item(
                      "{anyamItem} {anyamBahan} Motif {motif}", "anyaman", "buah", 25_000, 350_000),
                  new Item(
                      "Set {anyamItem} {anyamBahan} Isi 3", "anyaman", "set", 60_000, 600_000)),
              List.of(
                  "Dianyam tangan, ukuran bisa dipesan.",
                  "Dilapisi pernis agar awet.",
                  "Bahan dari kebun warga sekitar."),
              "Sentra Anyaman",
              false),
          new Sector(
              "Kerajinan Kayu",
              5,
              List.of(
                  "Mebel {indah}",
                  "Ukir {indah} {desa}",
                  "Kerajinan Kayu {indah}",
                  "UD {indah} Furniture"),
              List.of(
                  "Bengkel kayu di Desa {desa} yang membuat mebel dan ukiran dari kayu {kayu},"
                      + " menerima pesanan ukuran khusus.",
                  "Perajin ukir {daerah} di Kecamatan {kecamatan}, dari hiasan kecil sampai mebel"
                      + " ruang tamu."),
              List.of(
                  new Item("{kayuItem} Kayu {kayu}", "kayu", "buah", 25_000, 4_500_000),
                  new Item("{kayuItem} {kayu} Motif {motif}", "kayu", "buah", 50_000, 3_000_000)),
              List.of(
                  "Finishing natural atau melamin.",
                  "Kayu kering oven, tidak mudah retak.",
                  "Bisa dikirim ke luar kota dengan peti kayu."),
              "Sentra Mebel",
              false),
          new Sector(
              "Gerabah",
              3,
              List.of("Gerabah {indah} {desa}", "Keramik {indah}", "Perajin Gerabah {desa}"),
              List.of(
                  "Perajin gerabah di Desa {desa} yang membentuk tanah liat dengan tangan dan"
                      + " tungku tradisional, meneruskan keahlian turun-temurun."),
              List.of(
                  new Item("{gerabahItem} {gerabahBahan}", "gerabah", "buah", 10_000, 350_000),
                  new Item(
                      "{gerabahItem} {gerabahBahan} Motif {motif}",
                      "gerabah",
                      "buah",
                      20_000,
                      450_000)),
              List.of(
                  "Dibakar dengan tungku kayu.",
                  "Aman untuk makanan.",
                  "Dikemas dengan jerami agar aman dikirim."),
              "Kampung Gerabah",
              false),
          new Sector(
              "Pertanian",
              8,
              List.of(
                  "Kelompok Tani {indah} {desa}",
                  "Tani {indah}",
                  "Kebun {pemilik}",
                  "Gapoktan {desa}",
                  "Madu {indah}"),
              List.of(
                  "Kelompok tani di Desa {desa}, Kecamatan {kecamatan}, yang menjual hasil kebun"
                      + " dan olahannya langsung dari petani.",
                  "Hasil kebun dan hutan {daerah}: madu, gula, beras, dan buah musiman dari petani"
                      + " Desa {desa}."),
              List.of(
                  new Item("{madu} {beratKecil}", "madu-gula", "botol", 45_000, 250_000),
                  new Item("{gula} {beratKecil}", "madu-gula", "bungkus", 12_000, 60_000),
                  new Item("{beras} 5 kg", "hasil-kebun", "karung", 60_000, 150_000),
                  new Item("{buah} {daerah}", "hasil-kebun", "kg", 10_000, 90_000),
                  new Item(
                      "{rempah} Kering {beratKecil}", "hasil-kebun", "bungkus", 10_000, 70_000)),
              List.of(
                  "Langsung dari petani.",
                  "Dipanen sesuai pesanan.",
                  "Tanpa pupuk kimia.",
                  "Dikemas dalam {kemasan}."),
              "Kampung Agrowisata",
              true),
          new Sector(
              "Busana",
              6,
              List.of(
                  "Konveksi {indah}",
                  "Butik {indah}",
                  "Jahit {pemilik}",
                  "{indah} Collection",
                  "Kulit {indah} {desa}"),
              List.of(
                  "Konveksi rumahan di Desa {desa} yang menjahit busana muslim, kaos, dan seragam,"
                      + " menerima pesanan partai dan satuan.",
                  "Perajin kulit dan busana di Kecamatan {kecamatan}: tas, dompet, dan pakaian"
                      + " dari bahan lokal {daerah}."),
              List.of(
                  new Item("{busanaItem} Motif {motif}", "busana", "potong", 45_000, 350_000),
                  new Item(
                      "{busanaItem} {warna} Ukuran {ukuran}", "busana", "potong", 35_000, 250_000),
                  new Item("{kulit} {warna}", "busana", "buah", 75_000, 850_000)),
              List.of(
                  "Jahitan rapi, bahan adem.",
                  "Ukuran {ukuran}, bisa request.",
                  "Bahan kulit sapi asli."),
              null,
              false),
          new Sector(
              "Jasa",
              3,
              List.of("{jasa} {indah}", "{jasa} {pemilik}", "{indah} {desa}"),
              List.of(
                  "Usaha jasa di Kecamatan {kecamatan} yang melayani warga {daerah} sejak lama,"
                      + " dengan harga bersahabat.",
                  "Jasa dari Desa {desa}, melayani pesanan di seluruh {daerah}."),
              List.of(
                  new Item("{jasa} Paket Hemat", "jasa", "paket", 50_000, 1_500_000),
                  new Item("{jasa} {daerah}", "jasa", "paket", 75_000, 5_000_000),
                  new Item("{jasa} Per Hari", "jasa", "hari", 100_000, 2_500_000)),
              List.of(
                  "Harga bisa dinegosiasikan.",
                  "Melayani panggilan ke rumah.",
                  "Pesan minimal tiga hari sebelumnya."),
              null,
              false));

  static final String[] FIRST_NAMES_F =
      words(
          "Siti Nur Dewi Sri Ratna Umi Fatimah Aminah Yuliani Endang Sulastri Wahyuni Rina Lestari"
              + " Sumiati Suharti Kartini Ani Eni Tutik Lilik Indah Ayu Putri Dian Novi Ika Rahma"
              + " Anisa Nurul Sholihah Khusnul Mufidah Rohmah Rukmini Sukarsih Wartini Juwariyah"
              + " Ernawati Maria Yohana Wulan Komang Theresia Sari Mega Winda Fitri Evi");
  static final String[] FIRST_NAMES_M =
      words(
          "Agus Budi Slamet Joko Bambang Eko Hadi Sugeng Heru Teguh Dwi Ahmad Moh. Muhammad Abdul"
              + " Rahmat Hasan Imam Syaiful Arif Fajar Rudi Andi Hendra Yusuf Wayan Made Ketut Nyoman"
              + " Gede Yohanes Petrus Irfan Fauzi Ridwan Misnadin Supardi Sutrisno Suparman Darmaji"
              + " Kholil Zainal Mustofa Nur Rizky Dedi Dadang Asep Ujang");
  static final String[] LAST_NAMES =
      words(
          "Hidayat Santoso Wijaya Rahayu Susanti Kurniawan Setiawan Pratama Saputra Lestari Wibowo"
              + " Hasanah Aminah Riyadi Priyanto Wulandari Zahro Sholeh Kulsum Maulana Prasetyo"
              + " Nugroho Hartono Purnomo Suryani Handayani Syahputra Simanjuntak Siregar Nasution"
              + " Harahap Tanjung Pane Daeng Patiroi Tamba Manurung Sembiring Ginting Sinaga"
              + " Firmansyah Ramadhan Hakim Anwar Rosyid Fauziah Mubarok Arifin Effendi Gunawan"
              + " Sanjaya Permana Suharto Mulyadi Tarigan Lubis Rangkuti Putra Putri");
  static final String[] STREETS =
      words(
          "Raya|Merdeka|Diponegoro|Sudirman|Ahmad Yani|Gatot Subroto|Pahlawan|Kartini|Imam Bonjol"
              + "|Veteran|Pemuda|Sultan Agung|Hayam Wuruk|Gajah Mada|Kenanga|Mawar|Melati|Anggrek"
              + "|Flamboyan|Pasar|Masjid|Sekolah|Irigasi|Kopi|Tembakau|Cempaka|Teratai|Rajawali",
          "\\|");

  private static String[] words(String list) {
    return list.split(" ");
  }

  private static String[] words(String list, String separator) {
    return list.split(separator);
  }

  static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A sector drawn by its weight. */
  static Sector sector(SplittableRandom random) {
    int total = SECTORS.stream().mapToInt(Sector::weight).sum();
    int r = random.nextInt(total);
    for (Sector s : SECTORS) {
      r -= s.weight();
      if (r < 0) {
        return s;
      }
    }
    throw new AssertionError();
  }

  /** A person's name: one or two given names and often a family name, sometimes a title. */
  static String person(SplittableRandom random) {
    boolean woman = random.nextBoolean();
    String first = pick(random, woman ? FIRST_NAMES_F : FIRST_NAMES_M);
    StringBuilder name = new StringBuilder();
    int title = random.nextInt(100);
    if (title < 4) {
      name.append(woman ? "Hj. " : "H. ");
    }
    name.append(first);
    if (random.nextInt(100) < 80) {
      name.append(' ').append(pick(random, LAST_NAMES));
    }
    return name.toString();
  }

  /**
   * Fills the braces of {@code template}: word lists by name, {@code {desa}}, {@code {kecamatan}}
   * and {@code {daerah}} from {@code place}, {@code {pemilik}} from {@code owner}'s first name.
   */
  static String expand(String template, SplittableRandom random, Place place, String owner) {
    StringBuilder out = new StringBuilder(template.length() + 40);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      int close = template.indexOf('}', open);
      String key = template.substring(open + 1, close);
      out.append(
          switch (key) {
            case "desa" -> place.village();
            case "kecamatan" -> place.district();
            case "daerah" -> place.regency();
            case "pemilik" -> {
              String first = firstName(owner);
              boolean woman = java.util.Arrays.asList(FIRST_NAMES_F).contains(first);
              yield pick(random, WORDS.get(woman ? "pemilikPerempuan" : "pemilikLaki"))
                  + " "
                  + first;
            }
            default -> {
              String[] list = WORDS.get(key);
              if (list == null) {
                throw new IllegalArgumentException("No word list " + key + " in " + template);
              }
              yield pick(random, list);
            }
          });
      i = close + 1;
    }
    return out.toString();
  }

  private static String firstName(String person) {
    String[] parts = person.split(" ");
    for (String part : parts) {
      if (!part.endsWith(".")) {
        return part;
      }
    }
    return parts[parts.length - 1];
  }

  /**
   * Where a business is: the names of its desa, kecamatan and regency (without "Kabupaten" or
   * "Kota"), which its names and descriptions mention.
   */
  record Place(String village, String district, String regency) {}
}
