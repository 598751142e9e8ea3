import { PhraseSet, en, foldedWords, vi, type AnswerType, type FigureKind, type Language, type Lexicon } from "../../knowledge/index.js";

/** A language's lexicon with its phrases compiled for lookup in folded words. */
export interface CompiledLexicon {
  readonly source: Lexicon;
  /** Every phrase of every synonym group; `groupOf[i]` is the group of phrase i. */
  readonly synonyms: PhraseSet;
  /** Every folded word of the synonyms, compounds, short forms and fillers: words the lexicon knows. */
  readonly known: ReadonlySet<string>;
  readonly groupOf: readonly number[];
  /** Each group's phrases as folded words. */
  readonly groups: readonly (readonly (readonly string[])[])[];
  readonly compounds: PhraseSet;
  /** Compounds, DTI phrases and pillars by their folded words: how a measure typed without marks is labelled. */
  readonly labels: ReadonlyMap<string, string>;
  /** Classifiers ("cái", "con"), folded. */
  readonly classifiers: ReadonlySet<string>;
  /** The lexicon's `people`. */
  readonly people: PhraseSet;
  readonly shorthand: PhraseSet;
  readonly shorthandWords: readonly (readonly string[])[];
  /** Folded short forms read otherwise before a year, and what they then stand for. */
  readonly beforeYear: ReadonlyMap<string, string>;
  readonly answerTypes: PhraseSet;
  readonly answerTypeOf: readonly AnswerType[];
  readonly measureKinds: PhraseSet;
  readonly measureKindOf: readonly FigureKind[];
  readonly countWords: PhraseSet;
  readonly notNouns: PhraseSet;
  readonly notNounWords: ReadonlySet<string>;
  readonly notNounFolds: ReadonlySet<string>;
  /** The phrases of several words that end a counted noun ("tích hợp lên"), folded. */
  readonly notNounPhrases: ReadonlySet<string>;
  readonly goal: PhraseSet;
  readonly indices: PhraseSet;
  /** What each index phrase names, folded: "dti", a pillar ("kinh te so"), another index. */
  readonly indexOf: readonly string[];
  readonly scope: PhraseSet;
  readonly scopeOf: readonly ("province" | "local" | "region" | "national")[];
  readonly previousYear: PhraseSet;
  readonly nextYear: PhraseSet;
  readonly generic: PhraseSet;
  /** Fillers of two words or more, folded. */
  readonly fillers: PhraseSet;
  /** One-word fillers as written with their marks, and folded when that is unambiguous. */
  readonly fillerWords: ReadonlySet<string>;
  readonly fillerFolds: ReadonlySet<string>;
  readonly compare: PhraseSet;
  readonly rankAll: PhraseSet;
  readonly ascending: PhraseSet;
  readonly offTopic: PhraseSet;
  readonly digital: PhraseSet;
  readonly contacts: PhraseSet;
  readonly qualifiers: PhraseSet;
  readonly narrowers: PhraseSet;
  readonly negators: PhraseSet;
  /** The `rated` phrases, and the group (one population) of each. */
  readonly rated: PhraseSet;
  readonly ratedGroup: readonly number[];
  readonly overview: PhraseSet;
  readonly moves: Readonly<Record<keyof Lexicon["moves"], PhraseSet>>;
  readonly followUp: PhraseSet;
  readonly adding: PhraseSet;
  readonly articleAsks: PhraseSet;
  readonly periodAsks: PhraseSet;
  readonly placeAsks: PhraseSet;
  readonly numberAsks: PhraseSet;
  readonly pillarAsks: PhraseSet;
  readonly closings: PhraseSet;
  readonly yesNoOpen: PhraseSet;
  readonly yesNoClose: PhraseSet;
  /** English: domain phrases and the Vietnamese words they stand for. */
  readonly toVietnamese: PhraseSet;
  readonly toVietnameseText: readonly string[];
}

/** The folded form of a phrase, words joined by single spaces. */
export const fold = (phrase: string): string => foldedWords(phrase).join(" ");

function compile(lex: Lexicon): CompiledLexicon {
  const synonymPhrases = lex.synonyms.flatMap((g) => g);
  const groupOf = lex.synonyms.flatMap((g, i) => g.map(() => i));
  const shorthandKeys = Object.keys(lex.shorthand);
  const types = lex.answerTypes.flatMap((t) => t.phrases.map((p) => [p, t.type] as const));
  // In a question, "chuyển đổi số" alone names the subject in general, not the index.
  const generic = new Set(lex.generic.map(fold));
  const indexPhrases = [
    ...lex.indices.others.map((p) => [p, fold(p)] as const),
    ...Object.entries(lex.indices.pillars).flatMap(([pillar, phrases]) => phrases.map((p) => [p, fold(pillar)] as const)),
    ...lex.indices.dti.filter((p) => !generic.has(fold(p)) && !/^kết quả/u.test(p)).map((p) => [p, "dti"] as const),
  ];
  const scopes = (Object.entries(lex.scope) as [CompiledLexicon["scopeOf"][number], readonly string[]][]).flatMap(([scope, phrases]) => phrases.map((p) => [p, scope] as const));
  const translations = lex.toVietnamese ?? [];
  return {
    source: lex,
    synonyms: new PhraseSet(synonymPhrases),
    known: new Set([...synonymPhrases, ...lex.compounds, ...shorthandKeys, ...Object.values(lex.shorthand), ...lex.fillers].flatMap(foldedWords)),
    groupOf,
    groups: lex.synonyms.map((g) => g.map(foldedWords)),
    compounds: new PhraseSet(lex.compounds),
    // The first spelling of folded words wins.
    labels: new Map([...lex.compounds, ...lex.indices.dti, ...Object.keys(lex.indices.pillars)].reverse().map((c) => [fold(c), c])),
    classifiers: new Set(lex.classifiers.map(fold)),
    people: new PhraseSet(lex.people),
    shorthand: new PhraseSet(shorthandKeys),
    shorthandWords: shorthandKeys.map((k) => foldedWords(lex.shorthand[k]!)),
    beforeYear: new Map(Object.entries(lex.shorthandBeforeYear).map(([k, v]) => [fold(k), v])),
    answerTypes: new PhraseSet(types.map(([p]) => p)),
    answerTypeOf: types.map(([, t]) => t),
    measureKinds: new PhraseSet(lex.measureKinds.flatMap((m) => m.phrases)),
    measureKindOf: lex.measureKinds.flatMap((m) => m.phrases.map(() => m.kind)),
    countWords: new PhraseSet(lex.countWords),
    notNouns: new PhraseSet(lex.notNouns.filter((p) => /\s/.test(p.trim()))),
    notNounWords: new Set(lex.notNouns.filter((p) => !/\s/.test(p.trim())).map((p) => p.normalize("NFC").toLowerCase())),
    notNounFolds: new Set(lex.notNouns.filter((p) => !/\s/.test(p.trim())).map(fold).filter((w) => !lex.ambiguous.includes(w))),
    notNounPhrases: new Set(lex.notNouns.filter((p) => /\s/.test(p.trim())).map(fold)),
    goal: new PhraseSet(lex.goalWords),
    indices: new PhraseSet(indexPhrases.map(([p]) => p)),
    indexOf: indexPhrases.map(([, i]) => i),
    scope: new PhraseSet(scopes.map(([p]) => p)),
    scopeOf: scopes.map(([, s]) => s),
    previousYear: new PhraseSet(lex.previousYear),
    nextYear: new PhraseSet(lex.nextYear),
    generic: new PhraseSet(lex.generic),
    fillers: new PhraseSet(lex.fillers.filter((p) => /\s/.test(p.trim()))),
    fillerWords: new Set(lex.fillers.filter((p) => !/\s/.test(p.trim())).map((p) => p.normalize("NFC").toLowerCase())),
    fillerFolds: new Set(lex.fillers.filter((p) => !/\s/.test(p.trim())).map(fold).filter((w) => !lex.ambiguous.includes(w))),
    compare: new PhraseSet(lex.compare),
    rankAll: new PhraseSet(lex.rankAll),
    ascending: new PhraseSet(lex.ascending),
    offTopic: new PhraseSet(lex.offTopic),
    digital: new PhraseSet(lex.digital),
    contacts: new PhraseSet(lex.contacts),
    qualifiers: new PhraseSet(lex.qualifiers),
    narrowers: new PhraseSet(lex.narrowers),
    negators: new PhraseSet(lex.negators),
    rated: new PhraseSet(lex.rated.flat()),
    ratedGroup: lex.rated.flatMap((g, i) => g.map(() => i)),
    overview: new PhraseSet(lex.overview),
    moves: {
      greeting: new PhraseSet(lex.moves.greeting),
      thanks: new PhraseSet(lex.moves.thanks),
      help: new PhraseSet(lex.moves.help),
      list: new PhraseSet(lex.moves.list),
      sources: new PhraseSet(lex.moves.sources),
      more: new PhraseSet(lex.moves.more),
    },
    followUp: new PhraseSet(lex.followUp),
    adding: new PhraseSet(lex.adding),
    articleAsks: new PhraseSet(lex.articleAsks),
    periodAsks: new PhraseSet(lex.periodAsks),
    placeAsks: new PhraseSet(lex.placeAsks),
    numberAsks: new PhraseSet(lex.numberAsks),
    pillarAsks: new PhraseSet(lex.pillarAsks),
    closings: new PhraseSet(lex.closings),
    yesNoOpen: new PhraseSet(lex.yesNo.flatMap((y) => y.open)),
    yesNoClose: new PhraseSet(lex.yesNo.flatMap((y) => y.close)),
    toVietnamese: new PhraseSet(translations.map(([e]) => e)),
    toVietnameseText: translations.map(([, v]) => v),
  };
}

/** The compiled lexicons, by language. */
export const LEXICONS: Readonly<Record<Language, CompiledLexicon>> = { vi: compile(vi), en: compile(en) };
