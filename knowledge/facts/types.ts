import type { TopicId } from "./lexicon.js";

/** One figure of an article sentence, with what the sentence says about it. */
export interface Fact {
  /** `${sentenceId}:${n}`. */
  readonly id: string;
  readonly articleId: string;
  readonly sentenceId: string;
  /** Former province the figure is about, as the article names it. */
  readonly province: string;
  /** The figure exactly as written: "1,2 triệu", "99,7%", "10/63", "5.500". */
  readonly raw: string;
  /** Its numeric value ("1,2 triệu" → 1200000, "10/63" → 10); null if it cannot be read. */
  readonly value: number | null;
  /** "%", "hạng" for a rank such as "10/63", else the counted noun as written ("thành viên"), or null. */
  readonly unit: string | null;
  /** Up to eight words following the figure as written ("thành viên", "thuê bao/100 dân"). */
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
  /** True for a change ("tăng 1.300 dịch vụ so với năm 2020") rather than a level. */
  readonly change: boolean;
  /** The sentence text between the previous figure (or the clause start) and this one. */
  readonly left: string;
  /** The ";"-delimited part of the sentence holding the figure, verbatim. */
  readonly clause: string;
  /** Offsets of the figure (raw) in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the clause in the sentence. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
}
