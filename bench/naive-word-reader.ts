// A deliberately naive reader, for comparison only (bench): it syncs once per content control, the
// pattern office-js-snippets' correlated-objects sample warns against. Not used by the add-in.

import { parseTag } from "../src/form/tags";
import type { OfficeHost } from "../src/word/office-host";

export async function naiveReadTexts(host: OfficeHost, recordId: string): Promise<Map<string, string>> {
  return host.run(async (context) => {
    const all = context.document.body.contentControls;
    all.load("items/tag");
    await context.sync();
    const texts = new Map<string, string>();
    for (const control of all.items) {
      if (parseTag(control.tag)?.recordId !== recordId) continue;
      control.load("text");
      await context.sync(); // one round trip per cell
      texts.set(control.tag, control.text);
    }
    return texts;
  });
}
