// Inserting at the user's selection. Word's insertOoxml(…, "Replace") on a selection that holds text
// deletes that text; ccr never does that: with text selected, the inserted content goes after it.

/** Queues the load that insertAtSelection needs; call before the sync that precedes it. */
export function loadSelection(context: Word.RequestContext): Word.Range {
  return context.document.getSelection().load("isEmpty");
}

/** Queues the insertion of a flat-OPC package at the cursor, or after the selected text. */
export function insertAtSelection(selection: Word.Range, ooxml: string): void {
  selection.insertOoxml(ooxml, selection.isEmpty ? "Replace" : "After");
}
