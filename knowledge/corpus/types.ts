/** A block of an article's cleaned text. */
export interface Block {
  /**
   * "heading" for a short line without final punctuation; it gives context, never facts. "row" for
   * a row of a table written with "|" ("Tỷ lệ hồ sơ trực tuyến | 41,2% | 63,8%").
   */
  readonly kind: "heading" | "paragraph" | "row";
  /** Verbatim text (NFC, white space collapsed). */
  readonly text: string;
  /** 1-based line of the article file the block comes from. */
  readonly line: number;
  /** A row's cells, verbatim and trimmed; its first is what the row measures. */
  readonly cells?: readonly string[];
  /** The header row of a row's table ("Chỉ tiêu | Năm 2022 | Năm 2023"), cell by cell, if it has one. */
  readonly header?: readonly string[];
}

/** An article of the corpus, cleaned. */
export interface Article {
  /** File name without extension, e.g. "000_e38110918ce74433". */
  readonly id: string;
  /** File name, e.g. "000_e38110918ce74433.txt". */
  readonly file: string;
  /**
   * The title as the article states it. An article without a title line is labelled with its
   * opening words followed by "…" and {@link titleFromText} is true: a quote, not an invention.
   */
  readonly title: string;
  readonly titleFromText: boolean;
  /** Publisher as the article states it ("TTXVN", "PLVN"), else null. */
  readonly source: string | null;
  /** Address, when the article's front matter gives one. */
  readonly url: string | null;
  /** Publication date (YYYY-MM-DD or as written), when stated. */
  readonly published: string | null;
  /** Who wrote it, as its byline states ("Hương Thu", "Tiêu Hạ"), else null. */
  readonly author: string | null;
  /** Provinces declared in front matter, if any; tagging still reads the text. */
  readonly declaredProvinces: readonly string[];
  readonly blocks: readonly Block[];
}

/** Why an article file was skipped. */
export class ArticleError extends Error {
  override readonly name = "ArticleError";
  constructor(
    /** Stable code: "not-utf8", "empty", "no-title", "no-text", "front-matter", "too-large". */
    readonly code: "not-utf8" | "empty" | "no-title" | "no-text" | "front-matter" | "too-large",
    readonly file: string,
    /** 1-based line of the problem, when there is one. */
    readonly line: number | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`, options);
  }
}
