/**
 * What an answer says, as blocks in reading order: the headline, the lines under it (figures,
 * fact lines, sections, plain lines), the notes, and where the chart, the listed suggestions and
 * the sources go. Every string is already in the answer's language; a renderer adds only layout
 * and punctuation. `Answer.text` is the plain rendering (bot/plain-text.ts); Telegram and the web
 * render the blocks with their own markup and never read the plain text.
 */

/** Words holding one figure, in three runs that join into the words as written. */
export interface Marked {
  /** The words before the figure: "gần ", "thứ ", "…Cổng dịch vụ công của tỉnh cung cấp gần ". */
  readonly before: string;
  /** The figure as the article writes it ("1.600", "92%", "10/63"); empty when none stands in the words. */
  readonly figure: string;
  /** The words after it: " dịch vụ công trực tuyến", " (đạt 84,23%)…". */
  readonly after: string;
}

/**
 * A figure said in one line, figure first: "Long An: 92% — tỷ lệ sử dụng hộp thư điện tử công vụ
 * (8 tháng đầu năm 2023) [1]" is place, figure, measure, period and citation.
 */
export interface Statement {
  /** Where it holds: "Long An", "xã Gia Phú (Lào Cai)", "Cả nước (bài viết về Lào Cai)". */
  readonly place: string;
  /** The word for a goal ("mục tiêu", "target") when the figure is one; null for a result. */
  readonly goal: string | null;
  /** The figure as a reader is told it: "gần 1.600 dịch vụ công trực tuyến", "thứ 4", "92%". */
  readonly figure: Marked;
  /** What it measures, in the article's words; null when the figure says it ("277 doanh nghiệp"). */
  readonly measure: string | null;
  /** Where a rank holds when it is not among all provinces ("trong khu vực"); else null. */
  readonly scope: string | null;
  /** Its period ("8 tháng đầu năm 2023") when the measure's words do not already say it; else null. */
  readonly period: string | null;
  /** The citation backing it. */
  readonly citation: number;
}

/** The first line: what the answer says before anything else. */
export interface HeadlineBlock {
  readonly kind: "headline";
  /** The whole headline as plain text (what `Answer.headline` is). */
  readonly text: string;
  /** "Có." / "Chưa." ("Yes." / "Not yet.") before a yes/no answer; null otherwise. */
  readonly verdict: string | null;
  /** The figure that answers, in its parts, when the headline states one; null for a headline in words. */
  readonly statement: Statement | null;
}

/** A figure stated on a line of its own: a bullet, or a numbered place in a ranking. */
export interface FigureBlock {
  readonly kind: "figure";
  /** 1, 2, 3… in a ranking; null for a bullet. */
  readonly rank: number | null;
  readonly statement: Statement;
}

/** A figure shown in the article's own words around it: "• …cung cấp gần 1.600 dịch vụ công trực tuyến… (tháng 8/2023) [2]". */
export interface FactBlock {
  readonly kind: "fact";
  /** The province named before the words when the answer covers several; else null. */
  readonly place: string | null;
  /** Verbatim words of the sentence around the figure, "…" where cut. */
  readonly words: Marked;
  /** The word for a goal when the figure is one; else null. */
  readonly goal: string | null;
  /** The period when the words do not say it; else null. */
  readonly period: string | null;
  readonly citation: number;
}

/** A line in words (no figure of the answer's own): "Bài viết còn nêu:", "Lào Cai: 52 số liệu từ 1 bài viết". */
export interface LineBlock {
  readonly kind: "line";
  readonly text: string;
  /** Shown as an item of a list. */
  readonly bullet: boolean;
}

/** What a section holds. */
export type SectionItem = FigureBlock | FactBlock | LineBlock;

/** Lines under a title: a pillar of an overview ("Kinh tế số"), a province of a comparison. */
export interface SectionBlock {
  readonly kind: "section";
  /** The title, without the colon plain text puts after it. */
  readonly title: string;
  readonly items: readonly SectionItem[];
}

/**
 * What a note is about: the 2025 merger, periods or definitions that differ between the figures
 * set side by side, goals beside results, a year asked that the figures are not of, what a
 * ranking covers, two articles disagreeing.
 */
export type NoteKind = "merger" | "periods" | "definitions" | "goal" | "year" | "coverage" | "conflict";

/** A remark under the lines: "Ghi chú: bài viết nói về tỉnh Long An cũ; …". */
export interface NoteBlock {
  readonly kind: "note";
  readonly about: NoteKind;
  readonly text: string;
}

/** Where the chart of `Answer.series` goes; present only when two or more bars compare one measure. */
export interface SeriesBlock {
  readonly kind: "series";
  /** What the chart compares: "So sánh tỷ lệ dùng smartphone". */
  readonly title: string;
}

/** `Answer.suggestions` listed as lines ("• Long An có bao nhiêu…?"), where channels with buttons show buttons. */
export interface SuggestionsBlock {
  readonly kind: "suggestions";
}

/**
 * The articles of `Answer.citations`, one line each ("[1] Title (TTXVN), 2024-03-01 — https://…"):
 * what "nguồn?" lists. A channel that shows each citation with its article shows them there.
 */
export interface ReferencesBlock {
  readonly kind: "references";
}

/** Where `Answer.citations` go: the quotes and their articles, under a label. */
export interface CitationsBlock {
  readonly kind: "citations";
  /** "Nguồn", "Sources (quoted in Vietnamese)"; without the colon plain text puts after it. */
  readonly label: string;
}

/** One block of an answer. */
export type Block = HeadlineBlock | SeriesBlock | SectionItem | SectionBlock | SuggestionsBlock | ReferencesBlock | NoteBlock | CitationsBlock;

/** The title of an answer's chart; empty when it has none. */
export function chartTitle(blocks: readonly Block[]): string {
  return blocks.find((b): b is SeriesBlock => b.kind === "series")?.title ?? "";
}
