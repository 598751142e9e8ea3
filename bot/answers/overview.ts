import { TOPICS, type Fact, type Pillar } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { en, vi } from "../messages.vi.js";
import { factsOn } from "../retrieve.js";
import { mergerNotes, type Reply, type Turn } from "../turn.js";
import { suggestionsAfterFigure } from "./figure.js";

const PILLAR_OF = new Map(TOPICS.map((t) => [t.id, t.pillar]));
const PILLAR_ORDER: readonly Pillar[] = ["chính quyền số", "kinh tế số", "xã hội số", "hạ tầng số"];

/**
 * How much a figure tells a reader on its own: results before goals, levels before changes,
 * rates and ranks before small counts, figures with a period before those without.
 */
export function salience(f: Fact): number {
  let s = 1;
  if (f.unit === "%") s += 0.5;
  if (f.unit === "hạng") s += 0.8;
  if (/t[ỷỉ] lệ/iu.test(f.left)) s += 0.3;
  if (f.period) s += 0.2;
  if (f.target) s -= 0.8;
  if (f.change) s -= 1;
  if (f.unit !== "%" && f.value !== null && f.value < 3) s -= 0.6;
  if (!f.unit) s -= 0.4;
  if (f.left.length < 8) s -= 0.2;
  return s;
}

/** The most telling figures of some provinces, up to `max`, spread over the pillars, one per sentence. */
export function pickOverview(facts: readonly Fact[], max: number, pillar: Pillar | null): Fact[] {
  // A figure superseded in its own sentence ("từ vị trí 16/63 năm 2021 lên 10/63 năm 2022") is
  // left out: the newest year of each sentence and unit is found once, not per figure.
  const newest = new Map<string, number>();
  const measureKey = (f: Fact) => `${f.sentenceId}\u0000${f.unit}`;
  for (const f of facts) newest.set(measureKey(f), Math.max(newest.get(measureKey(f)) ?? 0, f.year ?? 0));
  const superseded = (f: Fact) => f.year !== null && newest.get(measureKey(f))! > f.year;
  const pool = facts.filter((f) => (!pillar || PILLAR_OF.get(f.topic) === pillar) && !superseded(f));
  const score = new Map(pool.map((f) => [f, salience(f)]));
  const byPillar = new Map<Pillar, Fact[]>();
  for (const f of [...pool].sort((a, b) => score.get(b)! - score.get(a)!)) {
    const p = PILLAR_OF.get(f.topic) ?? "chính quyền số";
    const list = byPillar.get(p);
    if (list) list.push(f);
    else byPillar.set(p, [f]);
  }
  const chosen: Fact[] = [];
  const sentences = new Set<string>();
  // Round-robin over the pillars so each is represented before any gets a second figure.
  for (let round = 0; chosen.length < max && round < max; round++) {
    for (const p of PILLAR_ORDER) {
      const next = byPillar.get(p)?.find((f) => !sentences.has(f.sentenceId));
      if (!next || chosen.length >= max || (round > 0 && score.get(next)! < 1)) continue;
      chosen.push(next);
      sentences.add(next.sentenceId);
    }
  }
  return chosen;
}

/** An overview of a province: 3–6 figures grouped by pillar, each cited. */
export function answerOverview(t: Turn, provinces: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const label = provinces.join(", ");
  const chosen = pickOverview(factsOn(t.knowledge, provinces), t.options.overviewMax, t.e.pillar);
  if (!chosen.length) {
    b.setHeadline(vi.noFigure(label, t.e.pillar ?? vi.anyTopic));
    return { answer: b.build(t.e.text, "overview", provinces, []), provinces };
  }
  b.setHeadline(t.e.english ? en.overviewHeadline(label) : vi.overviewHeadline(label, t.e.pillar));
  for (const p of PILLAR_ORDER) {
    const group = chosen.filter((f) => (PILLAR_OF.get(f.topic) ?? "chính quyền số") === p);
    if (!group.length) continue;
    b.line(`${vi.pillar(p)}:`);
    for (const f of group) b.factLine(f, provinces.length > 1 ? `• ${f.province}: ` : "• ");
  }
  mergerNotes(b, t.resolved);
  return { answer: b.build(t.e.text, "overview", provinces, suggestionsAfterFigure(provinces[0]!)), provinces, query: null, shown: chosen };
}
