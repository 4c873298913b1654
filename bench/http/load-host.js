// Load benchmark host: every request loads a fresh isolate with LOADER.load() (the bar host).
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
