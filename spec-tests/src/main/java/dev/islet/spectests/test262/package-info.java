/**
 * The test262 runner.
 *
 * <p>How a run flows: {@link dev.islet.spectests.test262.Discovery} lists the test files;
 * {@link dev.islet.spectests.test262.Test262Runner} hands them to a fixed pool of workers, each with its
 * own {@link dev.islet.spectests.test262.TestExecutor}; for each file the runner reads the
 * {@link dev.islet.spectests.test262.Frontmatter}, sets aside proposals and Intl
 * ({@link dev.islet.spectests.test262.Scope}), builds the shared
 * {@link dev.islet.spectests.test262.Prelude} ({@link dev.islet.spectests.test262.Harness}, each harness
 * file read once), and runs the test once per {@link dev.islet.spectests.test262.Mode}. The executor
 * only reports an {@link dev.islet.spectests.test262.Observation}; the
 * {@link dev.islet.spectests.test262.Verdict} judges it against the test's {@code negative}.
 *
 * <p>The second phase (running tests) adds one executor whose {@code lastPhase()} is
 * {@code RUNTIME}, and changes nothing else here. Per {@link dev.islet.spectests.test262.Execution} it
 * must: create a fresh realm with {@code print} and {@code $262} ({@code createRealm},
 * {@code evalScript}, {@code detachArrayBuffer}, {@code gc}, {@code global}, {@code agent}); evaluate
 * {@code prelude().files()} in order (key caches on the interned {@code Prelude} or {@code HarnessFile}
 * objects); evaluate {@code source()} as a script, or as a module whose {@code ./x} imports resolve
 * against {@code test().file()}'s folder; for {@code isAsync()} tests, run jobs until {@code print}
 * receives {@code Test262:AsyncTestComplete} (completed) or {@code Test262:AsyncTestFailure:…} (threw);
 * report parse errors as {@code threw(PARSE, …)}, link errors as {@code threw(RESOLUTION, …)}, uncaught
 * errors as {@code threw(RUNTIME, constructorName, message)}; and stop runaway scripts with the
 * engine's instruction budget ({@code Observation.timeout}). The runner's backstop ({@code --timeout}:
 * CPU time, or five times that of wall clock) only catches engine bugs that never return. That executor
 * is {@link dev.islet.spectests.test262.engine.EngineExecutor}; the baseline of that phase is
 * {@code spec-tests/baseline/test262.txt}.
 */
package dev.islet.spectests.test262;
