// The shape of one language's phrase table. Every entry is a regular-expression SOURCE (matched without
// case); for languages written with spaces the matcher adds letter boundaries around each entry, so `wort`
// does not match inside `Antwort`. Keep entries to phrases that mean the same in any prompt: a phrase here
// changes verdicts for every prompt in that language.

/** Short-but-hard task families: a prompt naming one is never `simple`, whatever its output shape. */
export type HardFamily =
  | 'maths-logic' | 'proof' | 'game' | 'code-verdict' | 'forecast' | 'policy' | 'legal' | 'clinical' | 'grading' | 'multi-hop' | 'reasoning'
  | 'argument' | 'exam' | 'decision' | 'financial-crime' | 'causal' | 'constraints';

export interface LanguageLexicon {
  /** ISO 639-1 code, used in evidence ("checked in de"). */
  code: string;
  /** The code franc reports for the language (ISO 639-3). */
  franc: string;
  /** Where letter boundaries go around an entry: 'both' (default), 'start' (Korean: particles attach at the end), 'none' (Chinese, Japanese). */
  boundaries?: 'both' | 'start' | 'none';
  /** Words joining the last two items of a list: "a, b or c". */
  or: string[];
  /** Phrases introducing a closed list of answers: "one of", "choose from". */
  oneOf: string[];
  /** Words for yes and no (also true / false); a yes word next to a no word is a yes/no answer. */
  yes: string[];
  no: string[];
  /** Asks for a number, a count or a score. */
  number: string[];
  /** Asks for a code: language / country / currency code, a date format. */
  code_: string[];
  /** Asks for one word, or for "the label / the category only". */
  oneWord: string[];
  /** The word "only" / "just": with a listed set or a tiny cap it closes the answer ("Indique seulement le service"). */
  only: string[];
  /** A short bounded text: "at most six words", "max 72 chars", "30字以内". */
  shortLimit: string[];
  /** Asks to pull a field out of the text ("extract", "extrahiere", "抽出"). */
  extract: string[];
  /** Words joining the last two items of a list of names: "title, tags and language" (languages written with spaces). */
  and?: string[];
  /** Phrases introducing a set the answer takes one OR MORE items of (multi-label tagging): "one or more of", "all that apply". */
  manyOf?: string[];
  /** "X or not" closing a verdict ("… is spam or not:"); where words run together, the phrase with its verb ("かどうか判定"). */
  orNot?: string[];
  /** Words naming the keys of a JSON answer or the fields to extract ("keys", "fields", "Felder", "campos", "字段"). */
  keys?: string[];
  /** A search query or search keywords as the output ("search query", "Suchbegriffe", "検索クエリ"). */
  searchQuery?: string[];
  /** Either-or questions with the two answers as groups 1 and 2 ("AですかBですか"), where no "or" word joins them. */
  eitherOr?: string[];
  /** Hard task families, by family. */
  hard: Partial<Record<HardFamily, string[]>>;
  /** Placeholder / variable names (lower case, accents stripped) that hold a set of labels to choose from: `{valid_categories}`. */
  labelSetNames?: string[];
  /**
   * Open output however small the cap: a summary, a translation, prose (an e-mail, a paragraph, ad copy), an answer
   * to the user drawn from given context. Moderate work: never an unprompted downgrade, only alternatives on request.
   */
  open?: string[];
  /** Asks to rewrite or rephrase a text: open output like `open`, except when what comes out is a search query. */
  rewrite?: string[];
  /**
   * A rubric or grading scale ("rubric", "barème", "評価基準"): judgement-heavy grading only when the prompt names work to
   * grade (`gradedWork`); a scale that defines the labels of a relevance grade or a score of provided data is no blocker.
   */
  rubric?: string[];
  /** Someone's work to grade: an answer, a response, an essay, a solution, a translation, code ("réponse", "答案"). */
  gradedWork?: string[];
  /** One answer per item of the input ("for each customer"): without an output cap the output grows with the data. */
  perItem?: string[];
  /** Placeholder / variable names (lower case) that hold the problem itself, not data to label. */
  problemNames?: string[];
  /**
   * Headings that introduce the problem itself when they stand right before a placeholder ("Problem:\n{text}",
   * "Aufgabe:", "問題："): an exercise or a puzzle, whatever the placeholder is called. Lower case, accents kept.
   */
  problemHeadings?: string[];
  /**
   * Answer labels that are a verdict on the input — truth, validity, primality ("true, false or unverifiable",
   * "válido o inválido", "质数 或 合数") — not categories to sort it into: they are never masked out of the prompt
   * (the question's own words stay readable: "is this claim true") and do not make the answer a category choice.
   */
  verdictLabels?: string[];
}
