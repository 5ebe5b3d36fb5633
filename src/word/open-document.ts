// Opens a .docx (bytes) as a new Word document: Word.Application.createDocument (WordApi 1.3) then
// open(). One sync, inside the adapter's Word.run (RecordDocument.openAsNewDocument). A failure
// rejects; the pane then offers the file as a download.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function openAsNewDocument(context: Word.RequestContext, bytes: Uint8Array): Promise<void> {
  context.application.createDocument(bytesToBase64(bytes)).open();
  await context.sync();
}
