// A host worker that loads a fresh dynamic worker for every request (LOADER.load).
// Run: java -jar runtime/target/islet.jar serve examples/hello/host.js   then: curl localhost:8787/
export default {
  async fetch(request, env) {
    const worker = env.LOADER.load({
      compatibilityDate: "2026-03-01",
      mainModule: "index.js",
      modules: { "index.js": "export default { fetch() { return new Response('Hello from a dynamic Worker'); } }" },
      globalOutbound: null,
    });
    return worker.getEntrypoint().fetch(request);
  },
};
