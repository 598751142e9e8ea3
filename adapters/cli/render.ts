import type { Answer } from "../../bot/index.js";

/** An answer as a person reads it in a terminal: the text, then follow-up suggestions. */
export function renderForTerminal(a: Answer): string {
  const suggestions = a.suggestions.length ? `\n\nGợi ý: ${a.suggestions.map((s) => s.text).join(" | ")}` : "";
  return `${a.text}${suggestions}`;
}
