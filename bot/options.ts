/** Options of the bot core; every default is declared here, once. */
export interface BotOptions {
  /** Longest message read, in characters; longer ones get a polite refusal. Default 2000. */
  readonly maxMessageLength: number;
  /** Figures in an overview: at least 3 when the corpus has them, at most this. Default 6. */
  readonly overviewMax: number;
  /** A second figure is shown beside the best when it scores at least this share of it. Default 0.9. */
  readonly alsoShowRatio: number;
  /**
   * Another article's figure for the same measure (another year's, or one that disagrees) is
   * weighed against the best when it scores at least this share of it: the same measure scores
   * a little differently in sentences set in different paragraphs. Default 0.75.
   */
  readonly sameMeasureRatio: number;
  /**
   * Facts weighed for a question: the most relevant by their words, before what the question
   * asks of the figure is weighed, shared among the provinces asked. Bounds the work of an
   * answer however large the corpus grows: a province's measure may have been reported by
   * dozens of articles over the years, all candidates for its newest figure. Default 300.
   */
  readonly candidates: number;
  /** Facts weighed at least per province, when many share the candidates (a ranking). Default 10. */
  readonly candidatesPerProvince: number;
  /** Weights of what a question asks of a figure, added to search relevance (scaled to 1). */
  readonly weights: {
    /** 0.8: the counted noun asked about ("bao nhiêu thành viên") is the figure's. */
    readonly countedNoun: number;
    /** 0.4: a percentage asked and given. */
    readonly kind: number;
    /** 0.4: a percentage asked, another kind given (subtracted). */
    readonly kindMismatch: number;
    /** 0.8: a rank asked and given. */
    readonly rank: number;
    /** 0.5: a goal asked and given. */
    readonly target: number;
    /** 0.35: no goal asked, a goal given (subtracted): results first. */
    readonly achievedPreferred: number;
    /** 0.5: a change ("tăng 25%") when a level is asked (subtracted). */
    readonly change: number;
    /** 0.6: the year asked (half of it subtracted for another year). */
    readonly year: number;
    /** 0.6: share of the question's words found right around the figure. */
    readonly proximity: number;
    /** 0.05: newer periods first, all else equal. */
    readonly recency: number;
  };
}

/** The defaults. */
export const DEFAULT_OPTIONS: BotOptions = {
  maxMessageLength: 2000,
  overviewMax: 6,
  alsoShowRatio: 0.9,
  sameMeasureRatio: 0.75,
  candidates: 300,
  candidatesPerProvince: 10,
  weights: {
    countedNoun: 0.8,
    kind: 0.4,
    kindMismatch: 0.4,
    rank: 0.8,
    target: 0.5,
    achievedPreferred: 0.35,
    change: 0.5,
    year: 0.6,
    proximity: 0.6,
    recency: 0.05,
  },
};

/** Options with defaults filled in, merged once. */
export function withDefaults(options: Partial<BotOptions> = {}): BotOptions {
  return { ...DEFAULT_OPTIONS, ...options, weights: { ...DEFAULT_OPTIONS.weights, ...options.weights } };
}
