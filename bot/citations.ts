import type { Fact, Knowledge } from "../knowledge/index.js";
import type { AnswerFact, Citation } from "./types.js";

/** Longest quote shown whole; a longer sentence is quoted by the clauses holding the figures. */
const QUOTE_MAX = 320;

/**
 * Numbers the sources of an answer as facts are cited: one citation per sentence, however many
 * of its figures the answer uses, numbered in order of first use.
 */
export class Citer {
  private readonly bySentence = new Map<string, { n: number; facts: Fact[] }>();

  constructor(private readonly knowledge: Knowledge) {}

  /** Cites a fact; returns its citation number. */
  cite(fact: Fact): number {
    let entry = this.bySentence.get(fact.sentenceId);
    if (!entry) {
      entry = { n: this.bySentence.size + 1, facts: [] };
      this.bySentence.set(fact.sentenceId, entry);
    }
    entry.facts.push(fact);
    return entry.n;
  }

  /** The fact as the answer states it, with its citation number. */
  answerFact(fact: Fact): AnswerFact {
    return {
      province: fact.province,
      raw: asWritten(fact, this.knowledge.sentence(fact.sentenceId)?.text ?? ""),
      value: fact.value,
      unit: fact.unit,
      period: fact.period,
      qualifier: fact.qualifier,
      target: fact.target,
      citation: this.cite(fact),
    };
  }

  get size(): number {
    return this.bySentence.size;
  }

  /** The citations, in number order. */
  citations(): Citation[] {
    const out: Citation[] = [];
    for (const [sentenceId, { n, facts }] of this.bySentence) {
      const sentence = this.knowledge.sentence(sentenceId);
      const article = this.knowledge.article(facts[0]!.articleId);
      if (!sentence || !article) continue;
      out.push({
        n,
        articleId: article.id,
        title: article.title,
        source: article.source,
        url: article.url,
        date: article.published,
        quote: quoteOf(sentence.text, facts),
      });
    }
    return out.sort((a, b) => a.n - b.n);
  }
}

function quoteOf(sentence: string, facts: readonly Fact[]): string {
  if (sentence.length <= QUOTE_MAX) return sentence;
  const start = Math.min(...facts.map((f) => f.clauseStart));
  const end = Math.max(...facts.map((f) => f.clauseEnd));
  return sentence.slice(start, end).trim();
}

/**
 * A figure as the article writes it, with the words a bare number needs to be read: a rank
 * without its total with its "thứ" ("thứ 4", from "xếp hạng thứ 4"), a top with its word
 * ("top 20"), a change of rank with its unit ("12 bậc"); any other figure as written.
 */
function asWritten(f: Fact, sentence: string): string {
  if (f.kind === "top") return sentence.slice(f.shownStart, f.end);
  if (f.kind === "rank" && f.change && f.unit) return `${f.raw} ${f.unit}`;
  if (f.kind === "rank" && f.outOf === null) {
    const shown = sentence.slice(f.shownStart, f.end);
    return shown.slice(Math.max(0, shown.search(/thứ\s/u)));
  }
  return f.raw;
}
