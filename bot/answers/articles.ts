import type { Fact } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { displayName } from "../describe.js";
import type { Reply, Turn } from "../turn.js";

/**
 * "bài nào nói về Kiên Giang", "bài Lào Cai ai viết", "bài đó đăng khi nào": the articles about
 * the provinces asked (or those the last answer cited), each with its title and what it states of
 * itself (byline, publisher, date), none of it guessed; each cited by a sentence of its figures.
 */
export function answerArticles(t: Turn, provinces: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const cited = t.state?.citations ?? [];
  // The provinces named, or else the articles of the last answer.
  const articles = provinces.length ? articlesOn(t, provinces) : [...new Set(cited.map((c) => c.articleId))].map((id) => ({ id, fact: factOf(t, id, t.state?.provinces ?? []) }));
  const place = provinces.length ? provinces.map(displayName).join(", ") : (t.state?.provinces ?? []).map(displayName).join(", ");
  b.setHeadline(t.m.articlesHeadline(place));
  for (const { id, fact } of articles) {
    const article = t.knowledge.article(id);
    if (!article) continue;
    const n = fact ? b.cite(fact) : null;
    b.line(`${t.m.articleLine(article.title, article.author, article.source, article.published)}${n === null ? "" : ` [${n}]`}`, true);
  }
  return { answer: b.build(t.q.text, "source", provinces, []), provinces: provinces.length ? provinces : (t.state?.provinces ?? []) };
}

// Each article stating figures of the provinces, the one stating most first, with its first figure.
function articlesOn(t: Turn, provinces: readonly string[]): { id: string; fact: Fact | null }[] {
  const count = new Map<string, Fact[]>();
  for (const p of provinces) for (const f of t.knowledge.factsOf(p)) count.set(f.articleId, [...(count.get(f.articleId) ?? []), f]);
  return [...count].sort((a, b) => b[1].length - a[1].length).map(([id, facts]) => ({ id, fact: facts[0] ?? null }));
}

// A figure of the article on the provinces talked about, else any of its figures.
function factOf(t: Turn, articleId: string, provinces: readonly string[]): Fact | null {
  const on = provinces.flatMap((p) => t.knowledge.factsOf(p)).find((f) => f.articleId === articleId);
  return on ?? t.knowledge.facts.find((f) => f.articleId === articleId) ?? null;
}
