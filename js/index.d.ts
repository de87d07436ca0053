/** What a span marks. */
export type SpanKind = "quote" | "number" | "name";

/** A name's type. */
export type NameType = "person" | "place" | "org" | "group" | "other";

/** A number's type. */
export type NumberType =
  | "cardinal" | "decimal" | "percent" | "money" | "ordinal"
  | "date" | "year" | "time" | "quantity";

/** A quote's type: someone's words, or a quoted term ("scare quotes"). */
export type QuoteType = "speech" | "term";

interface SpanBase {
  /** UTF-16 index of the first character: `text.slice(start, end) === span.text`. */
  start: number;
  /** UTF-16 index just past the last character. */
  end: number;
  /** The spanned text. */
  text: string;
}

/** Text between quotation marks, marks excluded. */
export interface QuoteSpan extends SpanBase {
  kind: "quote";
  type: QuoteType;
  /** Who said it, resolved to a name when the article uses a pronoun ("he said"). */
  speaker?: string;
  /** UTF-16 range of the mention the speaker was read from (for "he said", the "he"). */
  speakerStart?: number;
  speakerEnd?: number;
}

/** A number in digits or words, with its value where it has one. */
export interface NumberSpan extends SpanBase {
  kind: "number";
  type: NumberType;
  /** `2.3mn` → 2300000, `30%` → 30, `October 7` → 7. */
  value?: number;
  /** ISO 4217 code, for money. */
  currency?: string;
  /** ISO 8601 form of a date: `2023-10-07`, or `--10-07` when the year is not written. */
  iso?: string;
}

/** A proper noun. */
export interface NameSpan extends SpanBase {
  kind: "name";
  type: NameType;
  /** Shared by the mentions of one entity in this text (`Joe Biden`, `Biden`); counts from 0. */
  entity: number;
}

export type Span = QuoteSpan | NumberSpan | NameSpan;

/**
 * Finds quotes, numbers and names in `text`, sorted by start.
 *
 * @example
 * import { analyze } from "article-highlighter";
 * const spans = analyze("“We must act now,” Guterres said.");
 * // [{ kind: "quote", start: 1, end: 17, text: "We must act now,", type: "speech", speaker: "Guterres", … },
 * //  { kind: "name", start: 19, end: 27, text: "Guterres", type: "person" }]
 */
export function analyze(text: string): Span[];
