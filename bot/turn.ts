import { SYNONYMS, foldText, type Fact, type Knowledge } from "../knowledge/index.js";
import type { DialogState } from "./context.js";
import type { Entities } from "./entities.js";
import type { Resolved } from "./intent.js";
import { vi } from "./messages.vi.js";
import type { BotOptions } from "./options.js";
import type { AnswerBuilder } from "./compose.js";
import type { Answer } from "./types.js";

/** Everything a handler needs to answer one turn. */
export interface Turn {
  readonly e: Entities;
  readonly knowledge: Knowledge;
  readonly options: BotOptions;
  readonly state: DialogState | undefined;
  readonly resolved: readonly Resolved[];
}

/** A handler's result: the answer and what the conversation should remember of it. */
export interface Reply {
  readonly answer: Answer;
  readonly provinces?: readonly string[];
  readonly query?: string | null;
  readonly shown?: readonly Fact[];
}

/** Adds the merger notes of the provinces resolved. */
export function mergerNotes(b: AnswerBuilder, resolved: readonly Resolved[]): void {
  for (const r of resolved) {
    const n = r.mergerNote;
    if (!n) continue;
    b.note(n.kind === "former" ? vi.merger(n.former, n.current) : vi.mergedInto(n.asked, n.formers));
  }
}

/**
 * Share of the question's topic words found in a fact's sentence or heading, a sentence saying
 * "chỉ số chuyển đổi số" also counting as saying "DTI" (the lexicon's synonyms).
 */
export function support(t: Turn, f: Fact): number {
  const words = t.e.topicWords;
  if (!words.length) return 1;
  const hay = haystack(t, f);
  const share = words.filter((w) => hay.includes(` ${w} `)).length / words.length;
  // Vietnamese words are mostly two syllables: scattered syllables ("lao" here, "động" there)
  // count half unless two topic words stand together somewhere, or a long word ("camera") matches.
  const together =
    words.length < 2 ||
    words.slice(1).some((w, i) => hay.includes(` ${words[i]} ${w} `)) ||
    words.some((w) => w.length >= 5 && hay.includes(` ${w} `));
  return together ? share : share / 2;
}

function fold(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}%]+/gu, " ");
}

// A fact's sentence and heading, folded, its province's name removed (the "lao" of "số lao
// động" must not match "Lào Cai"), with the synonyms of the lexicon phrases it uses; computed
// once per sentence and province, shared by the sentence's facts.
const haystacks = new WeakMap<Knowledge, Map<string, string>>();
function haystack(t: Turn, f: Fact): string {
  let known = haystacks.get(t.knowledge);
  if (!known) haystacks.set(t.knowledge, (known = new Map()));
  const key = `${f.sentenceId}\u0000${f.province}`;
  let hay = known.get(key);
  if (hay === undefined) {
    const s = t.knowledge.sentence(f.sentenceId);
    hay = ` ${fold(`${s?.text ?? f.clause} ${s?.heading ?? ""}`)} `.replaceAll(` ${foldedName(f.province)} `, " ");
    // A phrase is looked for only where its first word stands: most groups have none of theirs.
    const words = new Set(hay.split(" "));
    for (const { phrases, firsts } of SYNONYM_GROUPS) {
      if (!phrases.some((p, i) => words.has(firsts[i]!) && hay!.includes(p))) continue;
      const added = `${phrases.join(" ")} `;
      hay += added;
      for (const w of added.split(" ")) words.add(w);
    }
    known.set(key, hay);
  }
  return hay;
}

const foldedNames = new Map<string, string>();
function foldedName(province: string): string {
  let name = foldedNames.get(province);
  if (name === undefined) foldedNames.set(province, (name = fold(province).trim()));
  return name;
}

// Each group's phrases, folded and set in spaces, and the first word of each.
const SYNONYM_GROUPS = SYNONYMS.map((g) => {
  const phrases = g.map((p) => ` ${fold(p).trim()} `);
  return { phrases, firsts: phrases.map((p) => p.slice(1, p.indexOf(" ", 1))) };
});

/** Least {@link support} for a fact to answer a question: below it the corpus has no such figure. */
export const MIN_SUPPORT = 0.3;

