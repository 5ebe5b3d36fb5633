// Opens a .docx (bytes) as a new Word document: Word.Application.createDocument (WordApi 1.3) then
// open(). One Word.run, one sync. A failure rejects; the pane then offers the file as a download.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Whether this host can open a generated document (WordApi 1.3 in Word). */
export function canOpenDocuments(): boolean {
  return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("WordApi", "1.3"));
}

export async function openAsNewDocument(bytes: Uint8Array): Promise<void> {
  await Word.run(async (context) => {
    context.application.createDocument(bytesToBase64(bytes)).open();
    await context.sync();
  });
}
