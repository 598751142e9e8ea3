import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { AnswerContract } from "../../bot/index.js";

/**
 * One question of a quality set, as `../shared/eval/README.md` defines the items: a figure the
 * reply must state and cite (`any`), every figure of a comparison (`need`), an overview of at
 * least `min` cited figures, the source named, or no figure at all (`nodata`, `offtopic`, which
 * may `allow` figures beside saying what is missing, naming each `say` word). A figure's or a
 * comparison's `say` words must be in its reply too ("Có.", "xếp trên Hậu Giang 1 bậc").
 */
export interface QualityItem {
  readonly id: string;
  readonly q: string;
  readonly type: "figure" | "all" | "overview" | "source" | "nodata" | "offtopic";
  /** Lines with the same chat are one conversation, in order. */
  readonly chat?: string;
  /** How the question is asked: "type", "casual", "unaccented", "followup", "goal", … */
  readonly pattern?: string;
  readonly province?: string;
  readonly any?: readonly string[];
  readonly need?: readonly (readonly [string, string])[];
  readonly min?: number;
  readonly allow?: readonly string[];
  readonly say?: readonly string[];
}

/** An article of the corpus a set is asked of, and the provinces it speaks of. */
export interface SourceArticle {
  readonly file: string;
  readonly text: string;
  readonly provinces: readonly string[];
}

/** How one answer fared. */
export interface ItemResult {
  readonly item: QualityItem;
  readonly ok: boolean;
  /** A figure stated as the answer, and none of those expected: the worst failure. */
  readonly wrong: boolean;
  readonly why: string;
  readonly answer: AnswerContract;
}

/** A set's score. */
export interface SetScore {
  readonly results: readonly ItemResult[];
  /** Share of the items answered right, 0–1. */
  readonly right: number;
  readonly wrong: number;
  readonly quotes: number;
  readonly verbatim: number;
}

const norm = (s: string): string => s.normalize("NFC").replace(/[\u00a0\u202f\u200b]/g, " ").replace(/\s+/g, " ").trim();
const fold = (s: string): string => norm(s).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** Reads a set: one JSON item a line. */
export function readSet(file: string): QualityItem[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QualityItem);
}

/** Reads a corpus's articles and, from `provinces` (file → provinces, written by hand), what each is about. */
export function readSources(dir: string, provinces: Readonly<Record<string, readonly string[]>>): SourceArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((file) => ({ file, text: norm(readFileSync(join(dir, file), "utf8")), provinces: provinces[file] ?? [] }));
}

// A figure counts only as a whole token: "10%" is not inside "110%", "1.000" not inside "11.000".
function hasFigure(text: string, figure: string): boolean {
  const t = norm(text);
  const f = norm(figure);
  for (let i = t.indexOf(f); i >= 0; i = t.indexOf(f, i + 1)) {
    const before = t.slice(Math.max(0, i - 2), i);
    const after = t.slice(i + f.length, i + f.length + 2);
    if (!/\d$|\d[.,]$/.test(before) && !/^\d|^[.,]\d/.test(after)) return true;
  }
  return false;
}

/**
 * Scores answers against their items, the way `../shared/eval/score.mjs` does: every quote must
 * stand verbatim in an article, a figure counts when the reply states it and a quote of an
 * article about the province backs it, and a reply stating figures where none was expected, or
 * none of those expected, is a wrong figure.
 */
export function scoreSet(items: readonly QualityItem[], answers: readonly AnswerContract[], sources: readonly SourceArticle[]): SetScore {
  const sourceOf = (quote: string) => {
    const q = norm(quote).replace(/^(…|\.\.\.)\s*/, "").replace(/\s*(…|\.\.\.)$/, "");
    return q.length < 10 ? null : (sources.find((a) => a.text.includes(q)) ?? null);
  };
  let quotes = 0;
  let verbatim = 0;
  const results = items.map((item, i): ItemResult => {
    const a = answers[i]!;
    const cites = a.citations;
    quotes += cites.length;
    verbatim += cites.filter((c) => sourceOf(c.quote)).length;
    const backs = (quote: string, figure: string, province?: string) => {
      const src = sourceOf(quote);
      return !!src && hasFigure(quote, figure) && (!province || src.provinces.includes(province));
    };
    const result = (ok: boolean, why: string, wrong = false): ItemResult => ({ item, ok, wrong, why, answer: a });
    switch (item.type) {
      case "figure": {
        const inText = item.any!.some((f) => hasFigure(a.text, f));
        const backed = cites.some((c) => item.any!.some((f) => backs(c.quote, f, item.province)));
        const unsaid = (item.say ?? []).filter((w) => !fold(a.text).includes(fold(w)));
        const ok = inText && backed && !unsaid.length;
        const why = !inText ? (a.facts.length ? "a wrong figure stated" : "figure missing") : !backed ? "no verbatim citation backs the figure" : unsaid.map((w) => `does not say "${w}"`).join("; ");
        return result(ok, ok ? "" : why, !inText && a.facts.length > 0);
      }
      case "all": {
        const missing = item.need!.filter(([f, p]) => !(hasFigure(a.text, f) && cites.some((c) => backs(c.quote, f, p))));
        // (A comparison may have to say more: which is ahead, by how much.)
        const unsaid = (item.say ?? []).filter((w) => !fold(a.text).includes(fold(w)));
        return result(!missing.length && !unsaid.length, [...missing.map(([f, p]) => `missing ${f} for ${p}`), ...unsaid.map((w) => `does not say "${w}"`)].join("; "));
      }
      case "overview": {
        const good = cites.filter((c) => sourceOf(c.quote)?.provinces.includes(item.province!) && /\d/.test(c.quote));
        const ok = good.length >= item.min! && good.length === cites.length;
        return result(ok, ok ? "" : `${good.length} of ${cites.length} citations are figures on ${item.province}, need ${item.min}`);
      }
      case "source": {
        const ok = cites.length > 0 && item.any!.some((s) => fold(a.text).includes(fold(s)));
        return result(ok, ok ? "" : "no cited source named");
      }
      case "nodata":
      case "offtopic": {
        const allow = item.allow ?? [];
        const stray = a.facts.filter((f) => !allow.some((x) => norm(f.raw) === norm(x)));
        const saysMissing = !a.facts.length || (/\b(khong|chua)\b/.test(fold(a.text)) && (item.say ?? []).every((w) => fold(a.text).includes(fold(w))));
        let ok = !stray.length && (a.facts.length > 0 || cites.length === 0) && saysMissing && norm(a.text).length > 0;
        if (ok && item.type === "nodata") ok = fold(a.text).includes(fold(item.province!));
        const wrong = stray.length > 0 || (a.facts.length > 0 && !saysMissing);
        return result(ok, ok ? "" : stray.length ? "figures stated where it has none" : !saysMissing ? "does not say what is missing" : "the province is not named", wrong);
      }
    }
  });
  return { results, right: results.filter((r) => r.ok).length / Math.max(1, results.length), wrong: results.filter((r) => r.wrong).length, quotes, verbatim };
}
