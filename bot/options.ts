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
  /**
   * Of a province's candidates, how many are weighed in full, their words read around them: the
   * best by search relevance, year, goal or result, scope and kind. Default 10.
   */
  readonly weighed: number;
  /** Of each province's candidates when every province is weighed (a ranking), how many in full. Default 2. */
  readonly weighedEach: number;
  /** How many distinct messages' readings are kept, to read a message asked again at once. Default 5 000. */
  readonly readingsKept: number;
  /**
   * How many answers are kept, by message and conversation state: the same question in the same
   * state (a new chat, the same follow-up after the same question) is answered again without
   * being worked out. 0 keeps none. Default 2 000.
   */
  readonly answersKept: number;
  /** Weights of what a question asks of a figure, added to how well its words name the measure (0–1). */
  readonly weights: {
    /** 0.5: a fallback kind (a top for a rank, a ratio for a rate) loses this share of its fit (subtracted). */
    readonly kindFallback: number;
    /** 0.25: a goal asked and given (a result given: subtracted). */
    readonly target: number;
    /** 0.2: no goal asked, a goal given (subtracted): results first. */
    readonly achievedPreferred: number;
    /** 0.3: the place asked (a district, a commune, the region). */
    readonly place: number;
    /** 0.25: a district's or commune's figure when the province is asked (subtracted). */
    readonly localPenalty: number;
    /** 0.4: the year asked (another year: subtracted). */
    readonly year: number;
    /** 0.05: newer periods first, all else equal. */
    readonly recency: number;
    /** 0.1: search relevance, scaled to the best hit. */
    readonly relevance: number;
    /** 0.3: a count of a noun the question does not name, no noun asked (subtracted). */
    readonly otherNoun: number;
    /** 0.1: a figure whose own words narrow the measure in a way the question does not ask ("có ký số"; subtracted). */
    readonly unaskedNarrowing: number;
    /** 0.15: a part of a total stated before it ("trong đó … 09"), the total asked (subtracted; three times where "tất cả", "tổng" are said). */
    readonly part: number;
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
  weighed: 10,
  readingsKept: 5000,
  answersKept: 2000,
  weighedEach: 2,
  weights: {
    kindFallback: 0.5,
    target: 0.25,
    achievedPreferred: 0.2,
    place: 0.3,
    localPenalty: 0.25,
    year: 0.4,
    recency: 0.05,
    relevance: 0.1,
    otherNoun: 0.3,
    unaskedNarrowing: 0.1,
    part: 0.15,
  },
};

/** Options with defaults filled in, merged once. */
export function withDefaults(options: Partial<BotOptions> = {}): BotOptions {
  return { ...DEFAULT_OPTIONS, ...options, weights: { ...DEFAULT_OPTIONS.weights, ...options.weights } };
}
