import { TOPICS } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { MIN_MEASURE, candidatesFor } from "../match/candidates.js";
import { answerFigure } from "./figure.js";
import type { Reply, Turn } from "../turn.js";
import type { Suggestion } from "../types.js";
import { overviewSuggestion, questionSuggestions } from "./suggest.js";

function examples(t: Turn): Suggestion[] {
  const ps = t.knowledge.coverage().map((c) => c.province);
  return questionSuggestions(ps.length ? t.m.examples(ps[0]!, ps[1] ?? ps[0]!) : []);
}

/** "chào bot", "/start", "bạn giúp được gì?": who the bot is, what it knows, three examples. */
export function answerGreeting(t: Turn, help: boolean): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const provinces = t.knowledge.coverage().map((c) => c.province);
  const ex = examples(t);
  // The headline is the first line, as for every answer; the rest of the greeting follows it.
  const [headline = "", ...rest] = (help ? t.m.help : t.m.greeting)(provinces, TOPICS.map((x) => x.label)).split("\n");
  b.setHeadline(headline);
  for (const line of rest) b.line(line);
  b.listSuggestions();
  return { answer: b.build(t.q.text, help ? "help" : "greeting", [], ex) };
}

/** "cảm ơn ad", "ok tks": a thank-you answered as one, the conversation kept. */
export function answerThanks(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  b.setHeadline(t.m.thanks);
  return { answer: b.build(t.q.text, "greeting", [], []) };
}

/** "có dữ liệu tỉnh nào?": provinces with articles and how many figures each. */
export function answerList(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  b.setHeadline(t.m.listHeadline);
  const coverage = t.knowledge.coverage();
  for (const c of coverage) b.line(t.m.listLine(c.province, c.facts, c.articleIds.length), true);
  return { answer: b.build(t.q.text, "list", [], coverage.slice(0, 4).map((c) => overviewSuggestion(t.m, c.province, c.province))) };
}

/** A province without articles: said plainly, naming it and what is available, no figure. */
export function answerNoData(t: Turn, asked: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const available = t.knowledge.coverage().map((c) => c.province);
  b.setHeadline(t.m.noData(asked, available));
  return { answer: b.build(t.q.text, "nodata", asked, available.slice(0, 3).map((p) => overviewSuggestion(t.m, p, p))) };
}

/** Not about digital transformation figures: a polite redirect, no figure. */
export function answerOffTopic(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const ex = examples(t);
  b.setHeadline(t.m.offTopic()).listSuggestions();
  return { answer: b.build(t.q.text, "offtopic", [], ex) };
}

/** A measure without a province: one question back, naming the provinces whose articles state it. */
export function answerClarify(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const all = new Set(t.knowledge.coverage().map((c) => c.province));
  const found = new Set<string>();
  let clear = 0;
  if (t.q.label) {
    for (const c of candidatesFor(t.q, t.knowledge, { provinces: all, perProvince: t.options.candidatesPerProvince }, t.options)) {
      if (found.size >= 4) break;
      if (c.measure >= MIN_MEASURE) found.add(c.fact.province);
      clear = Math.max(clear, c.measure);
    }
  }
  // Only one province's articles state it, clearly: that province's figure, which says whose it is
  // (a follow-up out of its conversation, "còn số lao động thì sao?", is asked back).
  if (found.size === 1 && clear >= CLEAR_MATCH && !t.q.followUp) return answerFigure(t, [...found]);
  if (found.size) {
    const provinces = [...found];
    b.setHeadline(t.m.clarifyProvince(t.q.label, provinces));
    return { answer: b.build(t.q.text, "clarify", [], questionSuggestions(provinces.map((p) => `${t.q.text.replace(/[?!.]+$/, "")} ${p}`))) };
  }
  const ex = examples(t);
  b.setHeadline(t.m.clarify(ex.map((s) => s.text)));
  return { answer: b.build(t.q.text, "clarify", [], ex) };
}

// How well the one province's figure must name the measure to be given unasked for.
const CLEAR_MATCH = 0.8;

/** "nguồn?": the sources of the last answer, again. */
export function answerSources(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const cites = t.state?.citations ?? [];
  if (!cites.length) {
    b.setHeadline(t.m.sourcesNone);
    return { answer: b.build(t.q.text, "source", [], []) };
  }
  b.setHeadline(t.m.sourcesHeadline).recite(cites);
  return { answer: b.build(t.q.text, "source", t.state?.provinces ?? [], []) };
}

/** A message over the length limit. */
export function answerTooLong(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  b.setHeadline(t.m.tooLong(t.options.maxMessageLength));
  return { answer: b.build(t.q.text.slice(0, 200), "clarify", [], []) };
}
