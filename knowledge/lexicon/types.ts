/** Identifier of a topic of the taxonomy every fact is filed under. */
export type TopicId =
  | "ha-tang-so"
  | "chinh-quyen-so"
  | "kinh-te-so"
  | "xa-hoi-so"
  | "an-toan-thong-tin"
  | "cong-dong-nhan-luc"
  | "xep-hang-dti";

/** The four pillars an overview groups figures by. */
export type Pillar = "chính quyền số" | "kinh tế số" | "xã hội số" | "hạ tầng số";

/** A topic of the taxonomy. */
export interface Topic {
  readonly id: TopicId;
  /** Name shown to users. */
  readonly label: string;
  readonly pillar: Pillar;
  /** Phrases that signal the topic in a sentence or a question. */
  readonly phrases: readonly string[];
}

/**
 * The kind of figure a question asks for, and the kind a figure of an article is:
 * - `percent` "92%"; `rank` "thứ 4", "10/63", "vị trí thứ 21"; `top` "top 10";
 * - `score` "0,7411 điểm"; `money` "34.293 tỷ đồng", "132 triệu USD";
 * - `count` "5.500 thành viên", "159/163 sản phẩm"; `times` "gấp 1,5 lần";
 * - `year` "năm 2012"; `date` "ngày 20/6/2022".
 */
export type FigureKind = "percent" | "rank" | "top" | "score" | "money" | "count" | "times" | "year" | "date";

/** What a question asks for, as its question words say. */
export type AnswerType = FigureKind | "change" | "place" | "name";

/** Where a figure holds: the province, one of its districts or communes, a region, the country. */
export type Scope = "province" | "local" | "region" | "national";

/** A language the bot reads questions in and answers in: each has its lexicon (here) and its messages (bot/messages/). */
export type Language = "vi" | "en";

/**
 * The words of one language: what the bot recognises in questions (and, for Vietnamese, in
 * articles). Every phrase is written as people write it; matching folds both sides, so
 * "chu ky so", "chữ kí số" and "Chữ ký số" meet. See `vi.ts` for what each part is for.
 */
export interface Lexicon {
  readonly language: Language;
  /** Groups of phrases that mean the same thing; the first of a group is how answers name it. */
  readonly synonyms: readonly (readonly string[])[];
  /**
   * Words of several syllables kept whole in a question ("ngân hàng", "siêu thị", "bắt đầu"): once
   * their marks are gone, their syllables would read as other words ("hàng" as "hạng").
   */
  readonly compounds: readonly string[];
  /** Short forms people type, each mapped to what it stands for ("DN" → "doanh nghiệp"). */
  readonly shorthand: Readonly<Record<string, string>>;
  /** Short forms that stand for something else right before a year ("gđ 2021-2025": giai đoạn, not gia đình). */
  readonly shorthandBeforeYear: Readonly<Record<string, string>>;
  /**
   * Question words per answer type, most specific first: the first phrase found decides
   * ("bao nhiêu %" is a percentage before "bao nhiêu" is a count).
   */
  readonly answerTypes: readonly { readonly type: AnswerType; readonly phrases: readonly string[] }[];
  /** Measures whose figures are of one kind: "doanh thu", "kim ngạch" are money. */
  readonly measureKinds: readonly { readonly kind: FigureKind; readonly phrases: readonly string[] }[];
  /** Words that ask "how many" of the noun after them ("bao nhiêu doanh nghiệp"). */
  readonly countWords: readonly string[];
  /** Words that count a noun without naming it ("bao nhiêu cái"): the noun is the one named before. */
  readonly classifiers: readonly string[];
  /**
   * Nouns naming people by what they are ("thành viên", "cán bộ"): "thành viên bn người" counts
   * them, where "định danh điện tử bn người" counts people.
   */
  readonly people: readonly string[];
  /** Words after a count word that name no noun ("bao nhiêu thì", "số lượng"). */
  readonly notNouns: readonly string[];
  /** Yes/no questions: an opening word and the closing word that asks ("có … không", "đã … chưa"). */
  readonly yesNo: readonly { readonly open: readonly string[]; readonly close: readonly string[] }[];
  /** A goal is asked ("mục tiêu", "phấn đấu", "kế hoạch"). */
  readonly goalWords: readonly string[];
  /** Ranks: the index a rank or a score is of, when no other measure is named. */
  readonly indices: {
    /** The provincial digital transformation index (DTI) itself. */
    readonly dti: readonly string[];
    /** Its pillars: a pillar's rank is not the DTI rank. */
    readonly pillars: Readonly<Record<string, readonly string[]>>;
    /** Other indices ranked in articles (PAR Index, PCI…): never the DTI. */
    readonly others: readonly string[];
  };
  /** Scope words in a question: a district or a commune, the region, the whole country, the province. */
  readonly scope: Readonly<Record<Scope, readonly string[]>>;
  /** A follow-up asking the year before the last answer's ("năm trước", "năm ngoái"). */
  readonly previousYear: readonly string[];
  /** A follow-up asking the year after the last answer's ("năm sau", "năm tiếp theo"). */
  readonly nextYear: readonly string[];
  /** Words that say "digital transformation in general" rather than a measure. */
  readonly generic: readonly string[];
  /** Words that only carry the question (politeness, particles, pronouns): never a measure. */
  readonly fillers: readonly string[];
  /**
   * Folded forms of one-word fillers that are also other words once their marks are gone ("cho"
   * is "chợ", "the" is "thẻ"): typed without marks, they stay in the measure.
   */
  readonly ambiguous: readonly string[];
  /**
   * Words that narrow who or what is counted ("ngoài", "nữ", "nông thôn", "trẻ em"): a figure
   * whose sentence does not say them counts someone else, and never answers.
   */
  readonly qualifiers: readonly string[];
  /**
   * Words saying a measure is asked in the negative ("hộp thư chưa sử dụng", "thủ tục không được
   * cung cấp trực tuyến", "còn lại"): a figure answers only if its own sentence says it so; the
   * share that did is no answer for the share that did not.
   */
  readonly negators: readonly string[];
  /**
   * Words that narrow a measure in the articles ("có ký số", "4G trở lên", "toàn trình"): of two
   * figures naming the measure alike, one whose own words add such a narrowing the question does
   * not ask answers less well ("trao đổi văn bản điện tử" is the 99,99%, not the 99,92% "có ký số").
   */
  readonly narrowers: readonly string[];
  /**
   * What a rate is of, right after "tỷ lệ" ("tỷ lệ hồ sơ …", "tỷ lệ dịch vụ công …", "tỷ lệ hộ gia
   * đình …"), each group the ways of saying one: a rate asked of one is never answered by a rate
   * of another ("tỷ lệ hồ sơ nộp trực tuyến" is not the 91,9% "tỷ lệ dịch vụ công … phát sinh hồ sơ
   * trực tuyến").
   */
  readonly rated: readonly (readonly string[])[];
  /** Words that frame a comparison or a ranking ("so sánh", "tỉnh nào … nhất"). */
  readonly compare: readonly string[];
  readonly rankAll: readonly string[];
  /** Words of a ranking that orders from the lowest ("thấp nhất", "ít nhất"). */
  readonly ascending: readonly string[];
  /** Subjects the bot never answers even when a province is named ("thời tiết", "giá vàng"). */
  readonly offTopic: readonly string[];
  /**
   * Words that put a subject of `offTopic` back in the domain ("chuyển đổi số", "thông minh",
   * "số hóa"): "giao thông thông minh" is asked of the articles, "giao thông" alone is not.
   */
  readonly digital: readonly string[];
  /** A request for how to reach an office ("số điện thoại", "hotline"): off topic whatever office it names. */
  readonly contacts: readonly string[];
  /** Overview questions ("ra sao", "tình hình", "tóm tắt"). */
  readonly overview: readonly string[];
  /** Chat moves: greeting, help, the list of provinces, sources, more detail. */
  readonly moves: Readonly<Record<"greeting" | "thanks" | "help" | "list" | "sources" | "more", readonly string[]>>;
  /** A follow-up's opening ("còn", "thế còn", "what about"). */
  readonly followUp: readonly string[];
  /** Asked which of a province's pillars stands best or worst ("trụ cột nào cao nhất"). */
  readonly pillarAsks: readonly string[];
  /** Asked of the figure just given: when it holds ("tính đến khi nào", "số liệu năm nào"). */
  readonly periodAsks: readonly string[];
  /** Asked what a number typed is ("số 1.683 là số gì", "con số 24 nói về gì"). */
  readonly numberAsks: readonly string[];
  /** Asked of the figure just given: whose it is, the whole province's or a district's ("toàn tỉnh hay một huyện"). */
  readonly placeAsks: readonly string[];
  /** Asked of the articles themselves: which, by whom, where and when published ("bài nào", "ai viết", "đăng khi nào"). */
  readonly articleAsks: readonly string[];
  /** Opening a follow-up that adds provinces to those just answered ("thêm An Giang", "and also"). */
  readonly adding: readonly string[];
  /** A follow-up's closing, last in a message, never the start of a measure ("thì sao": not "đô thị" in "năm trước đó thì sao"). */
  readonly closings: readonly string[];
  /**
   * Words opening the question proper after what a caller says of themselves first ("Tôi 62 tuổi,
   * ở Long An 30 năm. Cho hỏi …"): "cho hỏi", "xin hỏi", "em hỏi". What stands before them is no
   * part of the question, but the provinces it names.
   */
  readonly askOpenings: readonly string[];
  /**
   * How a message may open before it asks anything: greetings and words of address ("Dạ chào anh
   * chị", "anh ơi", "em chào chương trình ạ"). Taken off the start of a message.
   */
  readonly salutations: readonly string[];
  /** Words that make a sentence a question ("bao nhiêu", "mấy", "thế nào"), for telling a preamble from it. */
  readonly questionWords: readonly string[];
  /** Words asking what a term means ("là gì", "định nghĩa"). */
  readonly definitionAsks: readonly string[];
  /**
   * What the domain's terms mean, in a sentence each, for "DTI là gì?": a general explanation
   * (the answer says it is not quoted from an article), so it states no figure.
   */
  readonly definitions: readonly { readonly terms: readonly string[]; readonly text: string }[];
  /**
   * English only: domain words mapped to the Vietnamese the articles use, so an English question
   * is searched in the articles' words.
   */
  readonly toVietnamese?: readonly (readonly [string, string])[];
}
