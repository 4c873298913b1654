package dev.islet.bench.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * An HTTP/1.1 keep-alive load generator, as {@code wrk} drives a server: {@code connections} connections
 * over one selector thread, each sending a GET as soon as the previous response is complete, for a fixed
 * time. Records every request's latency; counts non-2xx responses and socket errors.
 */
public final class HttpLoad {
  /** The outcome of a run. */
  public record Result(long requests, long non2xx, long errors, double seconds, long[] latenciesNanos) {
    public double requestsPerSecond() {
      return requests / seconds;
    }

    /** The latency at quantile {@code q} (0..1), in milliseconds. */
    public double percentileMillis(double q) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(latenciesNanos.length - 1, Math.max(0, Math.ceil(q * latenciesNanos.length) - 1));
      return latenciesNanos[i] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d requests in %.1f s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d, errors %d",
          requests, seconds, requestsPerSecond(), percentileMillis(0.5), percentileMillis(0.99), non2xx, errors);
    }
  }

  private static final class Conn {
    final SocketChannel channel;
    final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    ByteBuffer out;
    long sentAt;

    Conn(SocketChannel channel) {
      this.channel = channel;
    }
  }

  private HttpLoad() {}

  /** Runs GETs of {@code url} on {@code connections} connections for {@code seconds} seconds. */
  public static Result run(String url, int connections, double seconds) throws IOException {
    URI u = URI.create(url);
    int port = u.getPort() < 0 ? 80 : u.getPort();
    String target = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + port + "\r\nUser-Agent: islet-httpload\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    InetSocketAddress address = new InetSocketAddress(u.getHost(), port);
    long[] lat = new long[1 << 16];
    long count = 0;
    long non2xx = 0;
    long errors = 0;
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < connections; i++) {
        open(selector, address, request);
      }
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      while (System.nanoTime() < end) {
        selector.select(100);
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey key = it.next();
          it.remove();
          Conn c = (Conn) key.attachment();
          try {
            if (key.isWritable()) {
              c.channel.write(c.out);
              if (!c.out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
              }
            } else if (key.isReadable()) {
              if (c.channel.read(c.in) < 0) {
                throw new IOException("closed by the server");
              }
              int status = complete(c.in);
              if (status > 0) {
                long now = System.nanoTime();
                if (count == lat.length) {
                  lat = Arrays.copyOf(lat, lat.length * 2);
                }
                lat[(int) count++] = now - c.sentAt;
                if (status < 200 || status > 299) {
                  non2xx++;
                }
                c.in.clear();
                send(c, key, request);
              }
            }
          } catch (IOException e) {
            errors++;
            key.cancel();
            c.channel.close();
            if (System.nanoTime() < end) {
              open(selector, address, request);
            }
          }
        }
      }
      double took = (System.nanoTime() - start) / 1e9;
      for (SelectionKey k : selector.keys()) {
        k.channel().close();
      }
      long[] sorted = Arrays.copyOf(lat, (int) count);
      Arrays.sort(sorted);
      return new Result(count, non2xx, errors, took, sorted);
    }
  }

  private static void open(Selector selector, InetSocketAddress address, byte[] request) throws IOException {
    SocketChannel ch = SocketChannel.open(address);
    ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
    ch.configureBlocking(false);
    Conn c = new Conn(ch);
    SelectionKey key = ch.register(selector, SelectionKey.OP_WRITE, c);
    c.out = ByteBuffer.wrap(request);
    c.sentAt = System.nanoTime();
    key.interestOps(SelectionKey.OP_WRITE);
  }

  private static void send(Conn c, SelectionKey key, byte[] request) throws IOException {
    c.out = ByteBuffer.wrap(request);
    c.sentAt = System.nanoTime();
    c.channel.write(c.out);
    key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
  }

  /** The status of the response in {@code in} once it is complete (headers and Content-Length body), else 0. */
  static int complete(ByteBuffer in) throws IOException {
    byte[] b = in.array();
    int n = in.position();
    int headerEnd = -1;
    for (int i = 3; i < n; i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
        headerEnd = i + 1;
        break;
      }
    }
    if (headerEnd < 0) {
      if (n == b.length) {
        throw new IOException("response headers larger than the buffer");
      }
      return 0;
    }
    String head = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.substring(9, 12));
    int length = 0;
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("content-length")) {
        length = Integer.parseInt(line.substring(colon + 1).strip());
      } else if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("transfer-encoding")) {
        throw new IOException("chunked responses are not supported by this generator");
      }
    }
    if (headerEnd + length > b.length) {
      throw new IOException("response larger than the buffer");
    }
    return n >= headerEnd + length ? status : 0;
  }

  /** {@code HttpLoad URL [CONNECTIONS] [SECONDS]}: prints the result. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HttpLoad URL [CONNECTIONS=64] [SECONDS=30]");
      System.exit(2);
    }
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
    System.out.println(run(args[0], connections, seconds));
  }
}
