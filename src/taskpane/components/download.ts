// Saving bytes as a file download (stand-alone mode and exports).

/** The MIME type of a Word document (.docx). */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function downloadFile(fileName: string, data: BlobPart, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
