/** One problem in a rules file: where (a JSON pointer such as `/techniques/2/name`) and what, in plain English. */
export interface RulesProblem {
  /** JSON pointer to the offending value; `""` is the whole file. */
  path: string;
  /** Plain-English description, naming the nearest valid name where there is one. */
  message: string;
  /** 1-based line in the source text, when the source text is known. */
  line?: number;
  /** 1-based column in the source text, when the source text is known. */
  column?: number;
}

/** Escapes one JSON-pointer segment (RFC 6901). */
export const pointerSegment = (key: string | number): string => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
