import { parseVietnameseNumber, type Fact } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { displayName } from "../describe.js";
import { candidatesFor } from "../match/candidates.js";
import { factsOn } from "./overview.js";
import type { Reply, Turn } from "../turn.js";
import { suggestionsAfterFigure } from "./figure.js";
import { writtenAs } from "./number.js";

/** "Chi tiết hơn": the next figures on the last topic, not shown yet, one per sentence. */
export function answerMore(t: Turn): Reply {
  const s = t.state;
  const b = new AnswerBuilder(t.knowledge, t.m);
  if (!s?.provinces.length) {
    b.setHeadline(t.m.moreNoContext);
    return { answer: b.build(t.q.text, "clarify", [], []) };
  }
  const pool = s.ask
    ? candidatesFor({ ...t.q, ...s.ask, kind: null, counted: null, change: false, year: null, search: s.ask.measure.flatMap((x) => x.alts.map((a) => a.join(" "))).join(" ") }, t.knowledge, { provinces: new Set(s.provinces) }, t.options).map((c) => c.fact)
    : factsOn(t.knowledge, s.provinces);
  const next: Fact[] = [];
  // A sentence already quoted is not quoted again: the sentences of the facts shown, looked up
  // among the provinces' facts (what a fact's id is made of is the knowledge base's business).
  const shown = new Set(s.shownFactIds);
  const sentences = new Set(s.provinces.flatMap((p) => t.knowledge.factsOf(p)).filter((f) => shown.has(f.id)).map((f) => f.sentenceId));
  for (const f of pool) {
    if (next.length >= 3) break;
    if (f.kind === "year" || f.kind === "date" || sentences.has(f.sentenceId)) continue;
    next.push(f);
    sentences.add(f.sentenceId);
  }
  const intent = s.intent === "overview" ? "overview" : "figure";
  if (!next.length) {
    b.setHeadline(t.m.moreNone);
    return { answer: b.build(t.q.text, intent, s.provinces, []) };
  }
  b.setHeadline(t.m.moreHeadline(s.provinces.join(", ")));
  for (const f of next) b.factLine(f);
  return { answer: b.build(t.q.text, intent, s.provinces, suggestionsAfterFigure(t, s.provinces[0]!)), provinces: s.provinces, ask: s.ask, shown: next };
}

/** "toàn tỉnh hay một huyện?": the figure just given again, with whose it is, as its article says. */
export function answerPlace(t: Turn): Reply {
  const s = t.state!;
  const b = new AnswerBuilder(t.knowledge, t.m);
  const f = figureMeant(t);
  const whose = f.scope === "local" && f.place ? t.m.placeIsLocal(f.place, displayName(f.province)) : f.scope === "national" ? t.m.placeIsCountry : f.scope === "region" ? t.m.placeIsRegion : t.m.placeIsProvince(displayName(f.province));
  b.headlineStatement(b.statement(f), whose);
  return { answer: b.build(t.q.text, "figure", [f.province], suggestionsAfterFigure(t, f.province)), provinces: s.provinces, ask: s.ask, shown: [f], year: f.year };
}

/** "số liệu này tính đến khi nào?": the figure just given again, with when it holds as its article says, or that it does not. */
export function answerPeriod(t: Turn): Reply {
  const s = t.state!;
  const b = new AnswerBuilder(t.knowledge, t.m);
  const f = figureMeant(t);
  b.headlineStatement(b.statement(f), f.period ? t.m.periodOf(f.period) : t.m.periodUnstated(t.knowledge.article(f.articleId)?.published ?? null));
  return { answer: b.build(t.q.text, "figure", [f.province], suggestionsAfterFigure(t, f.province)), provinces: s.provinces, ask: s.ask, shown: [f], year: f.year };
}

// The figure a question about "this figure" means: the one whose number it types ("thế 82% là
// của toàn tỉnh hay 1 huyện"), among those just shown, else among these provinces'; else the
// last shown first.
function figureMeant(t: Turn): Fact {
  const s = t.state!;
  const facts = s.provinces.flatMap((p) => t.knowledge.factsOf(p));
  const shown = s.shownFactIds.map((id) => facts.find((x) => x.id === id)).filter((x): x is Fact => x !== undefined);
  const typed = (t.q.text.match(/(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)).map(parseVietnameseNumber).filter((n): n is number => n !== null);
  // (Of the numbers typed, those a figure is written with: "1" of "hay 1 huyện" is none.)
  const named = typed.map((n) => shown.find((x) => writtenAs(x, n)) ?? facts.find((x) => x.kind !== "year" && x.kind !== "date" && writtenAs(x, n))).filter((x) => x !== undefined);
  return named.length === 1 ? named[0]! : shown[0]!;
}
