// The pane page's Content-Security-Policy as the production build writes it.
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM config
import { contentSecurityPolicy } from "../webpack.config.js";

const directives = (csp: string) => Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe("Content-Security-Policy of the pane", () => {
  const prod = directives(contentSecurityPolicy(false));

  it("allows scripts only from the pane's origin and Microsoft's office.js CDN", () => {
    expect(prod["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  });

  it("allows no inline script, no eval, no inline style text and no network calls in production", () => {
    const all = Object.values(prod).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(prod["connect-src"]).toEqual(["'none'"]);
    expect(prod["object-src"]).toEqual(["'none'"]);
  });

  it("opens the dev server's live-reload socket in development only", () => {
    expect(directives(contentSecurityPolicy(true))["connect-src"]).toContain("ws:");
  });
});
