package id.etalase.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DNS server on loopback that answers TXT questions from a map, over UDP, and NXDOMAIN for any
 * other name: enough for the JDK's JNDI DNS provider to look a domain's proof up as it would on the
 * internet, without the internet.
 */
public final class TinyDns implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<String, List<List<String>>> txt = new ConcurrentHashMap<>();
  private final Thread thread;

  /**
   * @param port 0 for any free port
   */
  public TinyDns(int port) throws SocketException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    thread = new Thread(this::serve, "tiny-dns");
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Adds a TXT record to a name: one value, made of one or more character strings. */
  public void txt(String name, String... strings) {
    txt.computeIfAbsent(normalise(name), n -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(List.of(strings));
  }

  public void clear() {
    txt.clear();
  }

  private static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  private void serve() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      try {
        DatagramPacket query = new DatagramPacket(buffer, buffer.length);
        socket.receive(query);
        byte[] answer = answer(java.util.Arrays.copyOf(query.getData(), query.getLength()));
        if (answer != null) {
          socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
        }
      } catch (IOException | RuntimeException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] answer(byte[] q) {
    if (q.length < 17) {
      return null;
    }
    int at = 12;
    StringBuilder name = new StringBuilder();
    while (q[at] != 0) {
      int length = q[at] & 0xff;
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(new String(q, at + 1, length, StandardCharsets.US_ASCII));
      at += length + 1;
    }
    int questionEnd = at + 5; // the zero label, type and class
    int type = ((q[at + 1] & 0xff) << 8) | (q[at + 2] & 0xff);
    List<List<String>> values = txt.get(normalise(name.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(q[0]);
    out.write(q[1]);
    boolean found = values != null && type == 16;
    out.write(0x81); // a response, recursion desired
    out.write(values == null ? 0x83 : 0x80); // recursion available; NXDOMAIN when unknown
    out.writeBytes(new byte[] {0, 1, 0, (byte) (found ? values.size() : 0), 0, 0, 0, 0});
    out.write(q, 12, questionEnd - 12);
    if (found) {
      for (List<String> value : values) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (String s : value) {
          byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
          data.write(bytes.length);
          data.writeBytes(bytes);
        }
        out.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 60});
        out.write(data.size() >> 8);
        out.write(data.size() & 0xff);
        out.writeBytes(data.toByteArray());
      }
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    socket.close();
  }
}
