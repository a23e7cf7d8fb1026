package id.etalase.traffic;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a lead or a view is counted for: a business, a product or a cluster, named in URLs by the
 * same word as its public page ({@code usaha}, {@code produk}, {@code sentra}).
 */
public enum Subject {
  BUSINESS("usaha"),
  PRODUCT("produk"),
  CLUSTER("sentra");

  private final String pathWord;

  Subject(String pathWord) {
    this.pathWord = pathWord;
  }

  public String pathWord() {
    return pathWord;
  }

  public static Optional<Subject> ofPathWord(String word) {
    return Arrays.stream(values()).filter(s -> s.pathWord.equals(word)).findFirst();
  }
}
