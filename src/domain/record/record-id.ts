// Record ids: the one rule for a valid id (it becomes part of content-control tags, settings keys and
// file names, so it is checked wherever an id enters) and the one generator of new ids.

/** Record ids are short and tag-safe: letters, digits, `-` and `_`, at most 64. */
export function isRecordId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

/**
 * A new record id such as `r-m3k9x2-4f7a1c`: time plus randomness (crypto's where the webview has it;
 * old Office webviews may not). The one generator of record ids: pane, Word and exports.
 */
export function newRecordId(now: number = Date.now(), random: () => number = defaultRandom): string {
  const r = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
  return `r-${now.toString(36)}-${r}`;
}

function defaultRandom(): number {
  const c = (globalThis as { crypto?: { getRandomValues?(a: Uint32Array): Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
  return Math.random();
}
