import type { FigureKind, Scope, TopicId } from "../lexicon/types.js";

/** One figure of an article sentence, with what the sentence says about it. */
export interface Fact {
  /** `${sentenceId}:${n}`. */
  readonly id: string;
  readonly articleId: string;
  readonly sentenceId: string;
  /** Former province the figure is about, as the article names it. */
  readonly province: string;
  /** The figure exactly as written: "1,2 triệu", "99,7%", "10/63", "5.500", "2012". */
  readonly raw: string;
  /** Its numeric value ("1,2 triệu" → 1200000, "10/63" → 10, "năm 2012" → 2012); null if it cannot be read. */
  readonly value: number | null;
  /** What kind of figure it is: a percentage, a rank, a score, money, a count, a year… */
  readonly kind: FigureKind;
  /** "%", "hạng" for a rank or a top, else the counted noun as written ("thành viên", "điểm", "đồng"), or null. */
  readonly unit: string | null;
  /** Up to twelve words following the figure as written ("thành viên", "thuê bao/100 dân"). */
  readonly after: string;
  /** "hơn", "trên", "gần", "khoảng", "tối thiểu"… as written before the figure, else null. */
  readonly qualifier: string | null;
  /** The y of "x/y", else null. */
  readonly outOf: number | null;
  /** The period the sentence or its paragraph states ("8 tháng đầu năm 2023"), else null. */
  readonly period: string | null;
  /** Latest year of that period, else null. */
  readonly year: number | null;
  readonly topic: TopicId;
  /** True for a goal ("phấn đấu", "mục tiêu… đến năm 2025"), false for a result. */
  readonly target: boolean;
  /** True for a change ("tăng 1.300 dịch vụ so với năm 2020", "tăng 12 bậc") rather than a level. */
  readonly change: boolean;
  /** Where it holds: the province, a district or commune of it, a region, or the whole country. */
  readonly scope: Scope;
  /** The district or commune a local figure is about, as the article names it ("xã Gia Phú"), else null. */
  readonly place: string | null;
  /**
   * For a rank, a top or a score, what is ranked or scored: "dti" for the digital transformation
   * index, a pillar ("kinh tế số"), another index or measure in the article's words; else null.
   */
  readonly subject: string | null;
  /** The sentence text between the previous figure (or the clause start) and this one. */
  readonly left: string;
  /** The ";"-delimited part of the sentence holding the figure, verbatim. */
  readonly clause: string;
  /** Offsets of the figure (raw) in the sentence. */
  readonly start: number;
  readonly end: number;
  /**
   * Where the figure as a reader is shown starts: at the rank's own word for a rank ("thứ 4",
   * "vị trí 10/63", "top 10", "năm 2012"), else at `start`.
   */
  readonly shownStart: number;
  /** Offsets of the clause in the sentence. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
}
