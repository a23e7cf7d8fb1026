package id.etalase.importing;

/**
 * The column names of the import template, as they appear in its header row. They are Indonesian
 * and snake_case so that an operator can read them and a machine can match them without doubt.
 */
public final class Column {

  public static final String NAMA_USAHA = "nama_usaha";
  public static final String NAMA_PEMILIK = "nama_pemilik";
  public static final String NIB = "nib";
  public static final String KATEGORI = "kategori";
  public static final String KECAMATAN = "kecamatan";
  public static final String DESA = "desa";
  public static final String ALAMAT = "alamat";
  public static final String TELEPON = "telepon";
  public static final String WHATSAPP = "whatsapp";
  public static final String EMAIL = "email";
  public static final String DESKRIPSI = "deskripsi";
  public static final String TAHUN_BERDIRI = "tahun_berdiri";
  public static final String SERTIFIKAT_HALAL = "sertifikat_halal";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String INSTAGRAM = "instagram";
  public static final String FOTO = "foto";
  public static final String NAMA_PRODUK = "nama_produk";
  public static final String HARGA = "harga";
  public static final String SATUAN = "satuan";
  public static final String MIN_ORDER = "min_order";

  private Column() {}
}
