// Types of lede's JavaScript API (wasm/lede.js) and of the JSON contract, version 1.

export type OffsetUnit = 'utf16' | 'utf8' | 'codepoint';
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type NumberKind =
  | 'cardinal' | 'ordinal' | 'percent' | 'money' | 'quantity' | 'date' | 'time' | 'duration';
export type QuoteKind = 'direct' | 'partial' | 'qa';
export type ParagraphRole = 'body' | 'headline' | 'byline' | 'question' | 'answer' | 'boilerplate';

/** A [start, end) range in the unit named by Analysis.offsets. */
export interface Span { start: number; end: number; }

export interface Paragraph extends Span { boilerplate: boolean; role: ParagraphRole; }

export interface Mention extends Span {
  text: string; type: EntityType; entity: number; boilerplate?: true;
}

export interface Entity {
  id: number; name: string; type: EntityType; aliases: string[]; count: number;
  /** The country of a demonym: "Iran" for "Iranian". */
  related?: string;
}

export interface NumberItem extends Span {
  text: string; kind: NumberKind;
  /** Normalized value; null where none is meaningful (an unresolved relative date). */
  value: number | null;
  /** ISO 4217 code, "%", a unit symbol, or a duration unit. */
  unit: string;
  high?: number; iso?: string; approx?: string; boilerplate?: true;
}

export interface Quote extends Span {
  text: string; kind: QuoteKind;
  speaker: number | null; speakerStart: number | null; speakerEnd: number | null;
  cue: string | null;
  /** Words of a quotation elsewhere in the text that has a cue, set out again (a pull quote, a
   * headline's): skip it to count each quotation once. */
  repeat?: true;
  boilerplate?: true;
}

export interface Analysis {
  version: 1; offsets: OffsetUnit; length: number;
  /** Present when the text was HTML (its tags, scripts and styles) or Markdown (its marks, a link's
   * address): those were read as spaces. */
  markup?: "html" | "markdown";
  paragraphs: Paragraph[]; mentions: Mention[]; entities: Entity[];
  numbers: NumberItem[]; quotes: Quote[]; boilerplate: Span[];
}

export interface AnalyzeOptions {
  offsets?: OffsetUnit;
  /** "YYYY-MM-DD": relative dates ("last year") resolve against it. */
  referenceDate?: string;
}

export interface Lede {
  readonly version: string;
  /**
   * The JSON contract's objects: equal to JSON.parse of its JSON (same keys
   * in the same order), built straight from wasm memory. Item texts may be
   * slices of `text` (where it has no lone surrogate) that keep it in memory.
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** moduleOptions are passed to the Emscripten module factory (locateFile, wasmBinary...). */
export function createLede(moduleOptions?: object): Promise<Lede>;
export default createLede;
