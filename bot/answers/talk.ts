import { AnswerBuilder } from "../compose.js";
import { topicLabels } from "../entities.js";
import { isDomain } from "../intent.js";
import { en, vi } from "../messages.vi.js";
import { rankFacts } from "../retrieve.js";
import { MIN_SUPPORT, support, type Reply, type Turn } from "../turn.js";
import type { Suggestion } from "../types.js";

const asSuggestions = (texts: readonly string[]): Suggestion[] => texts.map((text) => ({ label: text, text }));

function examples(t: Turn): Suggestion[] {
  const ps = t.knowledge.coverage().map((c) => c.province);
  return asSuggestions(ps.length ? vi.examples(ps[0]!, ps[1] ?? ps[0]!) : []);
}

/** "chào bot", "/start": who the bot is, what it knows, three examples. */
export function answerGreeting(t: Turn, help: boolean): Reply {
  const b = new AnswerBuilder(t.knowledge);
  const provinces = t.knowledge.coverage().map((c) => c.province);
  const ex = examples(t);
  // The headline is the first line, as for every answer; the rest of the greeting follows it.
  const [headline = "", ...rest] = (help ? vi.help : vi.greeting)(provinces, topicLabels()).split("\n");
  b.setHeadline(headline);
  for (const line of rest) b.line(line);
  for (const s of ex) b.line(`• ${s.text}`);
  return { answer: b.build(t.e.text, help ? "help" : "greeting", [], ex) };
}

/** "có dữ liệu tỉnh nào?": provinces with articles and how many facts each. */
export function answerList(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge);
  b.setHeadline(vi.listHeadline);
  const coverage = t.knowledge.coverage();
  for (const c of coverage) b.line(vi.listLine(c.province, c.facts, c.articleIds.length));
  return { answer: b.build(t.e.text, "list", [], coverage.slice(0, 4).map((c) => ({ label: c.province, text: vi.suggestion.overview(c.province) }))) };
}

/** A province without articles: said plainly, naming it and what is available, no figure. */
export function answerNoData(t: Turn, asked: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge);
  const available = t.knowledge.coverage().map((c) => c.province);
  b.setHeadline((t.e.english ? en.noData : vi.noData)(asked, available));
  return { answer: b.build(t.e.text, "nodata", asked, available.slice(0, 3).map((p) => ({ label: p, text: vi.suggestion.overview(p) }))) };
}

/** Not about digital transformation figures: a polite redirect, no figure. */
export function answerOffTopic(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge);
  const ex = examples(t);
  b.setHeadline(t.e.english ? en.offTopic() : vi.offTopic());
  for (const s of ex) b.line(`• ${s.text}`);
  return { answer: b.build(t.e.text, "offtopic", [], ex) };
}

/** A measure without a province or a topic: one question back with concrete suggestions. */
export function answerClarify(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge);
  if (isDomain(t.e, t.knowledge)) {
    const all = new Set(t.knowledge.coverage().map((c) => c.province));
    // The first four provinces whose figures the question's words support, best first.
    const found = new Set<string>();
    for (const { fact } of rankFacts(t.knowledge, t.e, all, t.options)) {
      if (found.size >= 4) break;
      if (!found.has(fact.province) && support(t, fact) >= MIN_SUPPORT) found.add(fact.province);
    }
    const provinces = [...found];
    if (provinces.length) {
      const topic = t.e.text.replace(/[?!.]+$/, "");
      b.setHeadline(vi.clarifyProvince(topic, provinces));
      return { answer: b.build(t.e.text, "clarify", [], asSuggestions(provinces.map((p) => `${topic} ${p}`))) };
    }
  }
  const ex = examples(t);
  b.setHeadline(vi.clarify(ex.map((s) => s.text)));
  return { answer: b.build(t.e.text, "clarify", [], ex) };
}

/** "nguồn?": the sources of the last answer, again. */
export function answerSources(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge);
  const cites = t.state?.citations ?? [];
  if (!cites.length) {
    b.setHeadline(vi.sourcesNone);
    return { answer: b.build(t.e.text, "source", [], []) };
  }
  b.setHeadline(vi.sourcesHeadline);
  for (const c of cites) b.line(`[${c.n}] ${c.title}${c.source ? ` (${c.source})` : ""}${c.date ? `, ${c.date}` : ""}${c.url ? ` — ${c.url}` : ""}`);
  const answer = b.build(t.e.text, "source", t.state?.provinces ?? [], []);
  const text = `${answer.text}\n\n${vi.sourcesLabel}\n${cites.map((c) => vi.sourceLine(c.n, c.quote, c.title, c.source, c.date, c.url)).join("\n")}`;
  return { answer: { ...answer, text, citations: cites } };
}

/** A message over the length limit. */
export function answerTooLong(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge);
  b.setHeadline(vi.tooLong(t.options.maxMessageLength));
  return { answer: b.build(t.e.text.slice(0, 200), "clarify", [], []) };
}
