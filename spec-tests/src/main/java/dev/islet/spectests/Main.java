package dev.islet.spectests;

/** Entry point of islet-spec-tests.jar: dispatches to the conformance runners. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("usage: java -jar islet-spec-tests.jar test262 [options] [PATH...]");
    System.exit(2);
  }
}
