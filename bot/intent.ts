import { SYNONYMS, TOPICS, currentUnitOf, foldText, searchTerms, type Knowledge } from "../knowledge/index.js";
import type { DialogState } from "./context.js";
import type { Entities } from "./entities.js";
import type { Intent } from "./types.js";

/** A province asked about, resolved against the corpus and the 2025 merger. */
export interface Resolved {
  /** As the user named it (canonical spelling). */
  readonly asked: string;
  /** Former provinces whose articles answer it; empty when there are none. */
  readonly provinces: readonly string[];
  /** What to tell the user about the merger, if anything. */
  readonly mergerNote: { readonly kind: "former"; readonly former: string; readonly current: string } | { readonly kind: "merged"; readonly asked: string; readonly formers: readonly string[] } | null;
}

/**
 * Resolves the provinces a question names: a former province with articles answers for itself
 * (and is said to be part of its new unit now); a unit named as it is since 1 July 2025
 * ("Tây Ninh", "An Giang mới") answers from the articles on the former provinces it absorbed.
 */
export function resolveProvinces(e: Entities, knowledge: Knowledge): Resolved[] {
  const withData = new Set(knowledge.coverage().map((c) => c.province));
  return e.provinces.map((p) => {
    const current = currentUnitOf(p.province);
    if (p.merged && current) {
      const formers = current.formerProvinces.filter((f) => withData.has(f));
      return { asked: `${current.name} mới`, provinces: formers, mergerNote: formers.length ? { kind: "merged", asked: current.name, formers } : null };
    }
    if (withData.has(p.province)) {
      const note = current && current.name !== p.province ? ({ kind: "former", former: p.province, current: current.name } as const) : null;
      return { asked: p.province, provinces: [p.province], mergerNote: note };
    }
    if (current && current.name === p.province) {
      const formers = current.formerProvinces.filter((f) => withData.has(f));
      if (formers.length) return { asked: p.province, provinces: formers, mergerNote: { kind: "merged", asked: p.province, formers } };
    }
    return { asked: p.province, provinces: [], mergerNote: null };
  });
}

const GREETING = /^(xin )?(chao|hello|hi|hey|alo|helo|start|bat dau)( ban| bot| em| anh| chi| ad| admin| nhe| a)*( a| nhe)?$/;
const HELP = /\b(giup (duoc )?(gi|toi)|lam (duoc )?(nhung )?gi|huong dan|ban la ai|ban biet (nhung )?gi|hoi (duoc )?(nhung )?gi|cach dung|help|what can you)\b/;
const LIST = /\b((co )?(du lieu|so lieu|thong tin|bai viet)( ve)? (cua )?(nhung |cac )?(tinh|dia phuong) nao|tinh nao co (du lieu|so lieu|bai)|danh sach (cac )?tinh|nhung tinh nao|which provinces)\b/;
const SOURCE = /^(nguon( dau| nao| tin| goc| o dau)?|trich dan|bai (viet )?nao|lay (so lieu )?o dau|source|sources)$/;
const MORE = /^(chi tiet( hon| them)?|them( nua)?|noi them|cu the hon|xem them|con (gi|nua) (khong|ko)?|more|details?)$/;
const COMPARE = /\b(so sanh|so voi|khac (nhau|gi)|doi chieu|compare|versus|vs)\b/;
const RANKING =
  /\b(tinh nao|dia phuong nao|noi nao|which province)\b.*\b(nhat|most|highest|lowest|best|top)\b|\b(dan dau|cao nhat|nhieu nhat|thap nhat|it nhat)\b|\b(xep hang|bang xep hang|thu hang|so sanh|rank|ranking)\b.*\b(cac tinh|tinh thanh|dia phuong|provinces)\b/;
// Chat commands ("/tinh", "/help@so_lieu_bot"), read before folding drops their slash.
const COMMANDS: ReadonlyMap<string, Intent> = new Map([
  ["start", "greeting"],
  ["help", "help"],
  ["tinh", "list"],
  ["nguon", "source"],
]);
const COMMAND = /^\/([a-z]+)(?:@\w+)?$/i;
const FOLLOW_UP = /^(con|the con|va|vay con|the|what about|how about|and)\b/;

const LEXICON = [...TOPICS.flatMap((t) => t.phrases), ...SYNONYMS.flat()]
  .map((p) => foldText(p).replace(/[^\p{L}\p{N}%]+/gu, " ").trim())
  .filter((p) => p.length >= 3 && !/^(ti le|phan tram|%|san|the|tem|cho|top|vi tri|nguoi dan|ho so|bao cao|truc tuyen)$/.test(p));
const GENERIC_BIGRAMS = new Set(["chuyen_doi", "doi_so", "hien_nay", "hom_nay", "bao_nhieu", "nhu_the", "the_nao", "ra_sao"]);

/**
 * True when the question speaks of the domain: it uses a phrase of the lexicon, or two-syllable
 * terms of the corpus (two of them, or one that several sentences use): "giá đô" sharing a
 * folded bigram with one sentence is chance, not topic.
 */
export function isDomain(e: Entities, k: Knowledge): boolean {
  if (!e.topicWords.length) return false;
  const folded = ` ${e.folded} `;
  if (LEXICON.some((p) => folded.includes(` ${p} `))) return true;
  // How many facts' sentences use each bigram, counted by the index up to the 3 that matter.
  const bigrams = [...new Set(searchTerms(e.topic).filter((t) => t.includes("_") && !GENERIC_BIGRAMS.has(t)))].map((t) => k.index.sentencesUsing(t, 3)).filter((n) => n > 0);
  return bigrams.length >= 2 || bigrams.some((n) => n >= 3);
}

/** What a turn asks, given what it names and the conversation so far. */
export function classify(e: Entities, resolved: readonly Resolved[], state: DialogState | undefined, k: Knowledge): Intent | "more" | "follow-up" {
  const f = e.folded;
  if (!f) return "help";
  const command = COMMANDS.get(COMMAND.exec(e.text)?.[1]?.toLowerCase() ?? "");
  if (command) return command;
  if (!resolved.length && GREETING.test(f)) return "greeting";
  if (!resolved.length && HELP.test(f)) return "help";
  if (LIST.test(f)) return "list";
  if (SOURCE.test(f.replace(/\?/g, "").trim())) return "source";
  if (MORE.test(f)) return "more";
  const withData = resolved.filter((r) => r.provinces.length);
  if (COMPARE.test(f) && (resolved.length >= 2 || (resolved.length === 1 && !!state?.provinces.length))) return withData.length ? "comparison" : "nodata";
  if (!resolved.length && RANKING.test(f) && (isDomain(e, k) || e.asksFigure)) return "ranking";
  if (resolved.length) {
    if (!withData.length) return "nodata";
    if (resolved.length >= 2) return "comparison";
    if (!e.topicWords.length && !e.asksOverview && state?.query && FOLLOW_UP.test(f)) return "follow-up";
    if (e.asksOverview || (!e.topicWords.length && !e.wantsRank && !e.wantsPercent) || (e.pillar && !e.asksFigure && !e.wantsTarget && e.topicWords.length <= 3)) return "overview";
    return "figure";
  }
  if (state?.provinces.length && (isDomain(e, k) || (e.asksFigure && e.topicWords.length > 0))) return "figure";
  if (isDomain(e, k) || e.asksFigure) return "clarify";
  if (/\b(chuyen doi so|cds|so lieu|du lieu)\b/.test(f)) return "help";
  return "offtopic";
}
