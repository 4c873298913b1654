// A host that keeps each tenant's code in a map and reuses one warm isolate per tenant (LOADER.get).
// getCode runs only when no warm isolate for the id exists, so module-level state persists across requests.
// Run: java -jar runtime/target/islet.jar serve examples/warm-by-id/host.js
//      curl localhost:8787/alice; curl localhost:8787/alice; curl localhost:8787/bob
const CODE = {
  alice: "let hits = 0; export default { fetch() { hits++; return new Response(`alice: call ${hits}`); } };",
  bob: "let hits = 0; export default { fetch() { hits++; return new Response(`bob: call ${hits}`); } };",
};

export default {
  async fetch(request, env) {
    const tenant = new URL(request.url).pathname.slice(1) || "alice";
    if (!Object.hasOwn(CODE, tenant)) {
      return new Response(`no such tenant: ${tenant}\n`, { status: 404 });
    }
    const worker = env.LOADER.get(tenant, () => ({
      compatibilityDate: "2026-03-01",
      mainModule: "index.js",
      modules: { "index.js": CODE[tenant] },
      globalOutbound: null,
      limits: { cpuMs: 50 },
    }));
    return worker.getEntrypoint().fetch(request);
  },
};
