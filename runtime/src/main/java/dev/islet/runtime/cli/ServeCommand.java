package dev.islet.runtime.cli;

import dev.islet.runtime.http.ServeHost;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code islet serve HOST.js [--port 8787] [--host 127.0.0.1] [--allow-net HOST…] [--cpu-limit MS]
 * [--memory-limit SIZE] [--quiet]}: serves HTTP through the host worker until Ctrl-C, which stops taking
 * requests, lets those in flight finish (up to 5 s) and ends every worker.
 */
final class ServeCommand {
  static final String USAGE = "usage: islet serve HOST.js [--port 8787] [--host 127.0.0.1] [--allow-net HOST...] "
      + "[--cpu-limit MS] [--memory-limit SIZE] [--quiet]";
  static final int GRACE_SECONDS = 5;

  private ServeCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    ServeHost.Settings settings;
    try {
      settings = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("islet serve: " + e.getMessage());
      err.println(USAGE);
      return Main.EXIT_USAGE;
    }
    ServeHost serve;
    try {
      serve = ServeHost.start(settings, out, err);
    } catch (IOException | RuntimeException e) {
      err.println("islet serve: " + e.getMessage());
      return Main.EXIT_FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("islet serve: stopping");
      serve.stop(GRACE_SECONDS);
      stopped.countDown();
    }, "islet-serve-shutdown"));
    err.println("islet serve: " + settings.hostFile() + " on http://" + hostForUrl(settings.bindHost()) + ":" + serve.port() + "/"
        + (settings.allowNet().isEmpty() ? " (outbound blocked)" : " (outbound to " + String.join(", ", settings.allowNet()) + ")"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Main.EXIT_OK;
  }

  static ServeHost.Settings parse(String[] args) {
    String file = null;
    String host = "127.0.0.1";
    int port = 8787;
    List<String> allowNet = new ArrayList<>();
    long cpuMs = 0;
    long memory = 0;
    boolean log = true;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--port" -> port = port(RunCommand.value(args, ++i, a));
        case "--host" -> host = RunCommand.value(args, ++i, a);
        case "--allow-net" -> {
          addHosts(allowNet, RunCommand.value(args, ++i, a));
          while (i + 1 < args.length && !args[i + 1].startsWith("-")
              && !(file == null && (args[i + 1].endsWith(".js") || args[i + 1].endsWith(".mjs")))) {
            addHosts(allowNet, args[++i]);
          }
        }
        case "--cpu-limit" -> cpuMs = RunCommand.Limits.parseMillis(RunCommand.value(args, ++i, a));
        case "--memory-limit" -> memory = RunCommand.Limits.parseSize(RunCommand.value(args, ++i, a));
        case "--quiet" -> log = false;
        default -> {
          if (a.startsWith("-") || file != null) {
            throw new IllegalArgumentException("unexpected argument '" + a + "'");
          }
          file = a;
        }
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("no host worker given");
    }
    return new ServeHost.Settings(Path.of(file), host, port, List.copyOf(allowNet), cpuMs, memory, log);
  }

  private static void addHosts(List<String> out, String list) {
    for (String h : list.split(",")) {
      if (!h.isBlank()) {
        out.add(h.strip());
      }
    }
  }

  private static int port(String text) {
    try {
      int p = Integer.parseInt(text.strip());
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // fall through to the usage error
    }
    throw new IllegalArgumentException("--port needs a port number (0-65535), not '" + text + "'");
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
