import { foldedWords, type Lexicon } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import type { Reply, Turn } from "../turn.js";
import { LEXICONS } from "../understand/lexicons.js";
import { questionSuggestions } from "./suggest.js";

const spaced = (text: string) => ` ${foldedWords(text).join(" ")} `;

/**
 * The lexicon's explanation of the term a question asks the meaning of ("DTI là gì?", "định
 * nghĩa chuyển đổi số"); null when it asks no meaning or names no term the lexicon explains. Of
 * several terms named, the longest.
 */
export function definitionAsked(t: Turn): Lexicon["definitions"][number] | null {
  const lexicon = LEXICONS[t.q.language].source;
  const text = spaced(t.q.text);
  if (!lexicon.definitionAsks.some((a) => text.includes(spaced(a)))) return null;
  let best: { entry: Lexicon["definitions"][number]; length: number } | null = null;
  for (const entry of lexicon.definitions)
    for (const term of entry.terms) {
      const words = spaced(term);
      if (text.includes(words) && words.length > (best?.length ?? 0)) best = { entry, length: words.length };
    }
  return best?.entry ?? null;
}

/** "DTI là gì?": the term explained in a sentence, said to be no article's, and figures to ask next. */
export function answerDefinition(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  b.setHeadline(definitionAsked(t)!.text);
  b.line(t.m.definitionNote);
  const ps = t.knowledge.coverage().map((c) => c.province);
  return { answer: b.build(t.q.text, "definition", [], questionSuggestions(ps.length ? t.m.examples(ps[0]!, ps[1] ?? ps[0]!) : [])) };
}
