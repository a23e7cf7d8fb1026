package id.etalase.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifest runs Etalase behind an Ingress that terminates TLS: the pod must mark the
 * console cookie Secure and take the client's address from X-Forwarded-For, and only the Ingress
 * may reach it (so nobody else can send that header).
 */
class KubernetesManifestTest {

  private static final Path MANIFEST = Path.of("deployment/kubernetes/etalase.yaml");

  @Test
  void behindTheTlsIngressCookiesAreSecureAndTheForwardedAddressIsTrusted() throws Exception {
    List<Map<String, Object>> documents = documents();
    Map<String, Object> configMap = find(documents, "ConfigMap", "etalase");
    Map<String, Object> data = map(configMap.get("data"));
    assertEquals("true", data.get("ETALASE_COOKIES_SECURE"), data.toString());
    assertEquals("true", data.get("ETALASE_HTTP_TRUST_FORWARDED_FOR"), data.toString());

    // The ConfigMap reaches the container.
    Map<String, Object> deployment = find(documents, "Deployment", "etalase");
    Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
    Map<String, Object> container = map(list(pod.get("containers")).get(0));
    assertTrue(
        list(container.get("envFrom")).stream()
            .map(KubernetesManifestTest::map)
            .anyMatch(from -> "etalase".equals(map(from.get("configMapRef")).get("name"))),
        container.toString());

    // Reachable through the Ingress only, which sets the header and ends TLS.
    Map<String, Object> service = find(documents, "Service", "etalase");
    assertEquals("ClusterIP", map(service.get("spec")).get("type"));
    find(documents, "Ingress", "etalase");
  }

  private static List<Map<String, Object>> documents() throws Exception {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(MANIFEST)) {
      for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
    }
    return documents;
  }

  private static Map<String, Object> find(
      List<Map<String, Object>> documents, String kind, String name) {
    return documents.stream()
        .filter(d -> kind.equals(d.get("kind")))
        .filter(d -> name.equals(map(d.get("metadata")).get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + MANIFEST));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    if (!(node instanceof Map<?, ?> map)) {
      throw new AssertionError("Not a mapping: " + node);
    }
    return (Map<String, Object>) map;
  }

  private static List<Object> list(Object node) {
    if (!(node instanceof List<?> list)) {
      throw new AssertionError("Not a list: " + node);
    }
    return new ArrayList<>(list);
  }
}
