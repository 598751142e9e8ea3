/**
 * Display form of Vietnamese text: NFC, one space for any run of white space (no-break and
 * zero-width spaces included), trimmed. Quotes and answers use this form; it never changes a
 * letter, so a quote in this form is still a verbatim span of the normalised article.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** NFC and unified line ends, keeping line breaks: the form article files are read in. */
export function normalizeLines(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060]/g, "")
    .replace(/[\t\u00a0\u202f ]+/g, " ");
}
