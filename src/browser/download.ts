/**
 * How long the file's object URL stays valid after the click. Revoking it at once can cancel
 * the download in some browsers (the click only queues it); a minute covers a slow start, and
 * the text held meanwhile is small.
 */
export const REVOKE_AFTER_MS = 60_000;

/** Saves generated text as a file, entirely in the browser (the doctor's exports, the generators' files). */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: mimeType}));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
