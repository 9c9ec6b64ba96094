/**
 * Languages Prism leaves as they are. A block in one of them is drawn the same without the
 * highlighter, so it never makes the browser load it (CodeBlock/Content).
 */
const PLAIN_TEXT = new Set(['text', 'txt', 'plain', 'plaintext']);

/** No language at all is plain text too: Docusaurus then uses 'text'. */
export function isPlainText(language: string | null | undefined): boolean {
  return !language || PLAIN_TEXT.has(language);
}
