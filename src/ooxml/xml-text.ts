// The one place where text becomes XML. Every piece of user text that goes into WordprocessingML
// (element text and attribute values) passes through xmlText(), so nothing a user types can break
// the markup or corrupt the document.

/**
 * Text made safe for XML 1.0 element content and attribute values:
 * - characters XML 1.0 forbids are dropped: C0 controls except tab, LF and CR; lone (unpaired)
 *   surrogates; U+FFFE and U+FFFF;
 * - the five markup characters are escaped (& < > " ').
 * Everything else, including emoji (surrogate pairs) and CJK, is kept as is.
 */
export function xmlText(text: string): string {
  return escapeMarkup(legalXmlChars(String(text)));
}

/** Drops the characters XML 1.0 does not allow (see xmlText); keeps everything else. */
export function legalXmlChars(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0x09 || c === 0x0a || c === 0x0d) out += text[i];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      }
      continue; // a high surrogate without its low half
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // a low surrogate without its high half
    if (c === 0xfffe || c === 0xffff) continue;
    out += text[i];
  }
  return out;
}

/**
 * The value with every string in it (object keys too) passed through legalXmlChars: for writers that
 * escape markup but not XML-illegal characters (the `docx` package drops C0 controls but writes lone
 * surrogates as U+FFFD and U+FFFE/U+FFFF as they are, which no XML reader accepts).
 */
export function legalXmlDeep<T>(value: T): T {
  if (typeof value === "string") return legalXmlChars(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => legalXmlDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [legalXmlChars(k), legalXmlDeep(v)])) as T;
  }
  return value;
}

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
