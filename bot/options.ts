/** Options of the bot core; every default is declared here, once. */
export interface BotOptions {
  /** Longest message read, in characters; longer ones get a polite refusal. Default 2000. */
  readonly maxMessageLength: number;
  /** Figures in an overview: at least 3 when the corpus has them, at most this. Default 6. */
  readonly overviewMax: number;
  /** A second figure is shown beside the best when it scores at least this share of it. Default 0.9. */
  readonly alsoShowRatio: number;
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
