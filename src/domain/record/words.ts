// Finding words of a list in free text: the vague-word checks all use this.

/**
 * The first of `words` that occurs in `text`, as written in the text, or null. Latin words are
 * matched whole and case-insensitively (TBD, soon — not the "soon" inside a longer word); other
 * words (尽快, 相关部门) anywhere.
 */
export function findWord(text: string, words: readonly string[]): string | null {
  const hasLatin = /[a-z]/i.test(text);
  const lower = hasLatin ? text.toLowerCase() : text;
  for (const w of words) {
    if (isLatin(w)) {
      if (!hasLatin) continue;
      const at = lower.indexOf(w.toLowerCase());
      if (at >= 0 && !/[a-z]/.test(lower[at - 1] ?? "") && !/[a-z]/.test(lower[at + w.length] ?? "")) return text.slice(at, at + w.length);
    } else if (text.includes(w)) {
      return w;
    }
  }
  return null;
}

const latin = new Map<string, boolean>();

function isLatin(word: string): boolean {
  let known = latin.get(word);
  if (known === undefined) {
    known = /^[a-z ]+$/i.test(word);
    latin.set(word, known);
  }
  return known;
}
