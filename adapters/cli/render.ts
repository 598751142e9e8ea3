import type { Answer, Explanation } from "../../bot/index.js";

/** An answer as a person reads it in a terminal: the text, then follow-up suggestions. */
export function renderForTerminal(a: Answer): string {
  const suggestions = a.suggestions.length ? `\n\nGợi ý: ${a.suggestions.map((s) => s.text).join(" | ")}` : "";
  return `${a.text}${suggestions}`;
}

/** An explanation as a person reads it: the question model, the candidates with their features, the verdict. */
export function renderExplanation(e: Explanation): string {
  const model = Object.entries(e.question)
    .filter(([, v]) => v !== null && v !== false && !(Array.isArray(v) && !v.length))
    .map(([k, v]) => `  ${k}: ${Array.isArray(v) ? v.join(" | ") : String(v)}`);
  const candidates = e.candidates.map(
    (c, i) =>
      `  ${i + 1}. ${c.province}: ${c.figure} (${c.kind}) score ${c.score}\n     ${Object.entries(c.features)
        .map(([k, v]) => `${k}=${v}`)
        .join("  ")}\n     “${c.quote}”`,
  );
  return [`intent: ${e.intent}`, "question:", ...model, "candidates:", ...(candidates.length ? candidates : ["  (none)"]), `verdict: ${e.verdict}`].join("\n");
}
