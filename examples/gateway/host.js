// A host that gives a dynamic worker two capabilities and nothing else:
//  - env.STORE, an RPC binding to this host's own Store entrypoint (ctx.exports.Store), and
//  - a gateway for its outbound fetch() (globalOutbound: ctx.exports.Gateway), which sees every request
//    with its full URL and answers, rewrites or refuses it.
// Both get props, seen inside as this.ctx.props.
// Run: java -jar runtime/target/islet.jar serve examples/gateway/host.js   then: curl localhost:8787/
import { WorkerEntrypoint } from "cloudflare:workers";

export class Gateway extends WorkerEntrypoint {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.hostname === "api.example.com") {
      return Response.json({ answeredBy: "gateway", path: url.pathname, tenant: this.ctx.props.tenant });
    }
    return new Response(`the gateway refuses ${url.hostname}`, { status: 403 });
  }
}

export class Store extends WorkerEntrypoint {
  get(key) {
    return `${key} of ${this.ctx.props.tenant}`;
  }
}

const TENANT_CODE = `
export default {
  async fetch(request, env) {
    const api = await (await fetch("https://api.example.com/items")).json();
    const other = await fetch("https://elsewhere.example.net/");
    const greeting = await env.STORE.get("greeting");
    return Response.json({ api, elsewhere: other.status, greeting });
  },
};`;

export default {
  async fetch(request, env, ctx) {
    const props = { props: { tenant: "acme" } };
    const worker = env.LOADER.load({
      compatibilityDate: "2026-03-01",
      mainModule: "index.js",
      modules: { "index.js": TENANT_CODE },
      env: { STORE: ctx.exports.Store(props) },
      globalOutbound: ctx.exports.Gateway(props),
    });
    return worker.getEntrypoint().fetch(request);
  },
};
