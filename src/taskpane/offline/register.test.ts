import { describe, expect, it } from "vitest";
import type { HostInfo } from "../host";
import { offlineCopyAllowed } from "./register";

const standalone: HostInfo = { kind: "standalone", wordApi13: false, theme: { forcedColors: false, prefersDark: false } };
const word: HostInfo = { kind: "word", wordApi13: true, theme: { forcedColors: false, prefersDark: false } };

describe("the offline copy (service worker)", () => {
  it("is registered stand-alone over https or on localhost, in production builds", () => {
    expect(offlineCopyAllowed(standalone, { protocol: "https:", hostname: "ccr.example.com" }, true)).toBe(true);
    expect(offlineCopyAllowed(standalone, { protocol: "http:", hostname: "localhost" }, true)).toBe(true);
    expect(offlineCopyAllowed(standalone, { protocol: "http:", hostname: "127.0.0.1" }, true)).toBe(true);
  });

  it("is never registered inside Word, over plain http elsewhere, or in development builds", () => {
    expect(offlineCopyAllowed(word, { protocol: "https:", hostname: "ccr.example.com" }, true)).toBe(false);
    expect(offlineCopyAllowed(standalone, { protocol: "http:", hostname: "intranet.example.com" }, true)).toBe(false);
    expect(offlineCopyAllowed(standalone, { protocol: "https:", hostname: "ccr.example.com" }, false)).toBe(false);
  });
});
