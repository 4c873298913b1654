package dev.islet.spectests.test262.engine;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.errors.JsThrow;
import dev.islet.heap.Budget;
import dev.islet.heap.Heap;
import dev.islet.heap.Termination;
import dev.islet.modules.ModuleRecord;
import dev.islet.modules.Modules;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.source.Source;
import dev.islet.spectests.test262.Execution;
import dev.islet.spectests.test262.HarnessFile;
import dev.islet.spectests.test262.Mode;
import dev.islet.spectests.test262.Observation;
import dev.islet.spectests.test262.Phase;
import dev.islet.spectests.test262.TestExecutor;
import dev.islet.vm.Agent;
import dev.islet.vm.HostHooks;

/**
 * The second phase's executor: runs each test on islet's engine, one fresh agent (heap, budget, job
 * queue) and realm per test and mode.
 *
 * <p>A run: parse and compile the test (a SyntaxError here is the {@code parse} phase); make the agent
 * and realm with {@code print} and {@code $262} ({@link TestHost}); evaluate the harness files (compiled
 * once per run, {@link CompiledHarness}); evaluate the test; drain the job queue. An uncaught error is
 * the {@code runtime} phase, named by its constructor ({@link Thrown}). Async tests pass when
 * {@code print} was told {@code Test262:AsyncTestComplete}. The budget ends runaway tests (TIMEOUT),
 * the heap limit memory bombs (OUT OF MEMORY); any other Java exception is an engine bug (CRASH).
 *
 * <p>Module tests ({@code flags: [module]}): the test is parsed as a module (the {@code parse} phase),
 * the harness runs as scripts, then the module graph is linked (the {@code resolution} phase: a fixture
 * that does not parse or an import that does not resolve) and evaluated (the {@code runtime} phase: its
 * evaluation promise rejects). Imports resolve to files of the test262 tree ({@link TestModules}), also
 * for {@code import()} in scripts.
 *
 * <p>[[CanBlock]]: the test's agent may block ({@code Atomics.wait}, {@code $262.agent.sleep}) unless the
 * test has the {@code CanBlockIsFalse} flag; then its host says AgentCanSuspend() is false and
 * {@code Atomics.wait} throws, as those tests expect. Agents started by {@code $262.agent.start} run on
 * their own threads ({@link Agents}).
 */
public final class EngineExecutor implements TestExecutor {
  /** The host of CanBlockIsFalse tests: Atomics.wait must throw in their agent. */
  private static final HostHooks CANNOT_BLOCK = new HostHooks() {
    @Override
    public boolean agentCanSuspend(Realm realm) {
      return false;
    }
  };

  private final EngineSettings settings;
  private final CompiledHarness harness;

  private EngineExecutor(EngineSettings settings, CompiledHarness harness) {
    this.settings = settings;
    this.harness = harness;
  }

  /** Executors for one run: they share the compiled harness. */
  public static Factory factory(EngineSettings settings) {
    CompiledHarness shared = new CompiledHarness();
    return () -> new EngineExecutor(settings, shared);
  }

  @Override
  public Phase lastPhase() {
    return Phase.RUNTIME;
  }

  @Override
  public Observation run(Execution execution) {
    boolean module = execution.mode() == Mode.MODULE;
    Source source = new Source(execution.test().path(), execution.source());
    Code code = null;
    if (!module) {
      try {
        code = Compiler.compileScript(Parser.parseScript(source), source);
      } catch (SyntaxErrorException e) {
        return Observation.threw(Phase.PARSE, "SyntaxError", e.getMessage());
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        return crash(execution, e);
      }
    }
    Budget budget = new Budget();
    budget.setInstructionLimit(settings.instructionLimit());
    budget.setCpuLimitNanos(settings.cpuMillis() * 1_000_000L);
    Agent agent = new Agent(new Heap(settings.memoryBytes()), budget);
    if (execution.test().meta().hasFlag("CanBlockIsFalse")) {
      agent.setHostHooks(CANNOT_BLOCK);
    }
    Agents agents = new Agents(settings);
    TestHost host = new TestHost(agents, new TestModules(execution.test()));
    Realm realm = host.newRealm(agent);
    budget.start();
    String step = null;
    Phase phase = Phase.RUNTIME;
    try {
      ModuleRecord root = null;
      if (module) {
        try {
          // Parsed (and its early errors found) before anything runs, like a script.
          root = Modules.parse(realm, execution.test().path(), execution.source());
        } catch (SyntaxErrorException e) {
          return Observation.threw(Phase.PARSE, "SyntaxError", e.getMessage());
        }
      }
      for (HarnessFile file : execution.prelude().files()) {
        step = file.name();
        Scripts.run(realm, harness.code(file));
      }
      step = null;
      if (module) {
        phase = Phase.RESOLUTION;
        Modules.link(realm, root);
        phase = Phase.RUNTIME;
        PromiseObject evaluated = Modules.evaluate(realm, root);
        agent.jobs.drain();
        if (evaluated.state() == PromiseObject.REJECTED) {
          throw new JsThrow(evaluated.result());
        }
      } else {
        Scripts.run(realm, code);
        agent.jobs.drain();
      }
    } catch (JsThrow t) {
      String where = Thrown.where(t.value());
      String message = Thrown.describe(realm, t.value()) + (where.isEmpty() ? "" : " (at " + where + ")");
      if (step != null) {
        return Observation.notRun("harness file " + step + " threw " + message);
      }
      return Observation.threw(phase, Thrown.constructorName(realm, t.value()), message);
    } catch (Termination t) {
      return switch (t.kind()) {
        case MEMORY -> Observation.outOfMemory(t.getMessage());
        default -> Observation.timeout(t.getMessage());
      };
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      return crash(execution, e);
    } finally {
      agent.jobs.clear();
      agents.close();
    }
    if (execution.isAsync()) {
      return asyncOutcome(host);
    }
    return Observation.completed();
  }

  /** After the jobs ran out: $DONE() printed completion, $DONE(error) a failure, or nothing was printed. */
  private static Observation asyncOutcome(TestHost host) {
    String failure = host.asyncFailure();
    if (failure != null) {
      int colon = failure.indexOf(':');
      String type = colon > 0 ? failure.substring(0, colon).strip() : failure.strip();
      return Observation.threw(Phase.RUNTIME, type, failure);
    }
    if (host.asyncComplete()) {
      return Observation.completed();
    }
    return Observation.threw(Phase.RUNTIME, null, "async test did not finish: $DONE was never called");
  }

  private Observation crash(Execution execution, Throwable e) {
    if (settings.verbose() != null) {
      synchronized (settings.verbose()) {
        settings.verbose().println("CRASH " + execution.test().path() + " [" + execution.mode().reportName() + "]:");
        e.printStackTrace(settings.verbose());
      }
    }
    return Observation.crash(e);
  }
}
