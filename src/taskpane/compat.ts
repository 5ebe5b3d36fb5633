// Built-ins later than ES2017 that the pane uses (globalThis aside: host-check.js), for EdgeHTML 18 (Office 2019 on Windows 10), which
// runs the ES2017 build but lacks them. An entry of its own (compat.js), which host-check.js writes
// into the page before the pane's scripts only where one of them is missing; each is added only
// where the engine has none. Internet Explorer's webview gets
// src/taskpane/host-check.js's message instead.

function define(object: object, name: string, value: unknown): void {
  if (typeof (object as Record<string, unknown>)[name] === "function") return;
  Object.defineProperty(object, name, { value, configurable: true, writable: true, enumerable: false });
}

define(Object, "fromEntries", (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const object: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) object[key] = value;
  return object;
});

define(Array.prototype, "flat", function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  this.forEach((item) => {
    if (depth >= 1 && Array.isArray(item)) out.push(...flat.call(item, depth - 1));
    else out.push(item);
  });
  return out;
});

define(Array.prototype, "flatMap", function (this: unknown[], fn: (value: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
  return this.map(fn, thisArg).flat(1);
});

define(String.prototype, "matchAll", function (this: string, regexp: RegExp) {
  if (!regexp.flags.includes("g")) throw new TypeError("matchAll needs a global RegExp");
  const re = new RegExp(regexp.source, regexp.flags);
  re.lastIndex = regexp.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(this); m !== null; m = re.exec(this)) {
    found.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return found[Symbol.iterator]();
});

export {};
