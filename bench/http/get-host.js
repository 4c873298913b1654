// Load benchmark host: every request goes to one warm dynamic worker, found by id with LOADER.get().
const CODE = {
  compatibilityDate: "2026-03-01",
  mainModule: "index.js",
  modules: { "index.js": "export default { fetch() { return new Response('Hello from a dynamic Worker'); } }" },
  globalOutbound: null,
};

export default {
  fetch(request, env) {
    return env.LOADER.get("hello", () => CODE).getEntrypoint().fetch(request);
  },
};
