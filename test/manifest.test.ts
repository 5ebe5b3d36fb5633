// The add-in manifest: valid against Microsoft's schema (offline, xmllint), Chinese by default with
// English overrides, the least permission, and every URL pointing at a file the build serves.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { describeWithTools } from "./support/tools";
// @ts-expect-error plain ESM config
import { rewriteManifestUrls, URL_DEV } from "../webpack.config.js";

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const text = readFileSync(MANIFEST, "utf8");
const doc = new DOMParser().parseFromString(text, "text/xml");
const all = (name: string) => Array.from(doc.getElementsByTagName(name));
const one = (name: string) => all(name)[0];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Distinct RGBA values of an 8-bit RGBA, non-interlaced PNG (what scripts/icons.mjs writes). */
function distinctColours(file: string): number {
  const b = readFileSync(file);
  const { width, height } = pngSize(file);
  expect([b[24], b[25]], "8-bit RGBA").toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at);
    if (b.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + up - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - up) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - up) <= Math.abs(p - c) ? up : c;
      const pred = [0, a, up, (a + up) >> 1, paeth][filter];
      pixels[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const seen = new Set<number>();
  for (let i = 0; i < pixels.length; i += 4) seen.add(pixels.readUInt32BE(i));
  return seen.size;
}

describeWithTools(["xmllint"], "manifest.xml against the Office add-in schema", () => {
  it("validates with xmllint", () => {
    const out = execFileSync(
      "xmllint",
      ["--noout", "--schema", join(ROOT, "test", "fixtures", "manifest-xsd", "OfficeAppManifestV1_1.xsd"), MANIFEST],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(out).toBe("");
  });
});

describe("manifest.xml", () => {
  it("is a Word task-pane add-in in zh-CN asking WordApi 1.3 and ReadWriteDocument only", () => {
    expect(doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("DefaultLocale").textContent).toBe("zh-CN");
    expect(all("Host").filter((h) => h.getAttribute("Name")).map((h) => h.getAttribute("Name"))).toEqual(["Document"]);
    const set = all("Set")[0];
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["WordApi", "1.3"]);
    expect(all("Permissions").map((p) => p.textContent)).toEqual(["ReadWriteDocument"]);
  });

  it("overrides display name, description and every ribbon string for en-US", () => {
    for (const el of [one("DisplayName"), one("Description"), ...all("bt:String")]) {
      const overrides = [
        ...Array.from(el.getElementsByTagName("Override")),
        ...Array.from(el.getElementsByTagName("bt:Override")),
      ].filter((o) => o.getAttribute("Locale") === "en-US");
      expect(overrides, el.getAttribute("id") ?? el.tagName).toHaveLength(1);
      expect(overrides[0].getAttribute("Value")).toMatch(/[A-Za-z]/);
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("has a ribbon button that opens the task pane", () => {
    const action = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(action).toBeDefined();
    const resid = action!.getElementsByTagName("SourceLocation")[0].getAttribute("resid");
    const url = all("bt:Url").find((u) => u.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe(`${URL_DEV}taskpane.html`);
  });

  it("points every URL at a page the build serves or an icon of the right size in assets/", () => {
    const urls = [...text.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    const servedPages = ["taskpane.html", "commands.html", "support.html"];
    for (const url of urls) {
      expect(url.startsWith(URL_DEV), url).toBe(true);
      const rel = url.slice(URL_DEV.length);
      if (rel.startsWith("assets/")) {
        const file = join(ROOT, rel);
        expect(existsSync(file), rel).toBe(true);
        const size = Number(/icon-(\d+)\.png$/.exec(rel)?.[1]);
        expect(pngSize(file)).toEqual({ width: size, height: size });
      } else {
        expect(servedPages, rel).toContain(rel);
      }
    }
  });

  it("has icons 16, 32, 64, 80 and 128 px that are drawn, not a flat square", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const file = join(ROOT, "assets", `icon-${size}.png`);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      const colours = distinctColours(file);
      expect(colours, `icon-${size}.png`).toBeGreaterThanOrEqual(4);
    }
  });

  it("moves every development URL to the public URL for production", () => {
    const prod = rewriteManifestUrls(text, "https://ccr.example.org/addin");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://ccr.example.org/addin/taskpane.html");
  });
});
