import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** bench/RESULTS.md: each section of `npm run bench` rewrites its own part, between its markers. */
export const RESULTS_PATH = fileURLToPath(new URL("./RESULTS.md", import.meta.url));

/**
 * `text` with the part between `<!-- name:begin -->` and `<!-- name:end -->` replaced by
 * `section`; the markers and the section appended when the text has none. Whatever stands
 * outside the markers is kept.
 */
export function replaceMarked(text: string, name: string, section: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${section.trim()}\n${end}`;
  const start = text.indexOf(begin);
  const stop = text.indexOf(end, start);
  if (start < 0 || stop < 0) return `${text.trimEnd()}${text.trim() ? "\n\n" : ""}${block}\n`;
  return `${text.slice(0, start)}${block}${text.slice(stop + end.length)}`;
}

/** Writes one section of bench/RESULTS.md, keeping the others. */
export function writeResultsSection(name: string, section: string): void {
  const before = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, "utf8") : "# Benchmark results\n";
  writeFileSync(RESULTS_PATH, replaceMarked(before, name, section));
}
