import { answerNumber } from './answer-text.ts';
import { trimCell } from './response-cells.ts';

/** Faults of one row named in full; the rest are only counted. */
export const NAMED_FAULTS = 3;

/** Distinct unknown answers counted per file; others count together. */
export const KEPT_ANSWERS = 200;

/** The longest column name a fault quotes whole. */
const NAME_LENGTH = 40;

/** An answer text that no rule reads, and in how many cells it came. */
export interface UnknownAnswer {
  text: string;
  cells: number;
}

/** The answer texts of a file that no rule reads, most frequent first. */
export interface UnknownAnswers {
  answers: UnknownAnswer[];
  /** Cells whose texts were not kept, past `KEPT_ANSWERS` of them. */
  others: number;
}

function shortName(name: string): string {
  return name.length <= NAME_LENGTH ? name
    : `${name.slice(0, NAME_LENGTH - 1).trimEnd()}…`;
}

/**
 * Collects why the row being read cannot be counted, to say it in one
 * line of bounded length, and tallies over the whole file the answer
 * texts that are neither a number nor known, so that they can be named
 * once per file rather than on every row.
 */
export class RowFaults {
  #reasons: string[] = [];
  #count = 0;
  #unknown = new Map<string, number>();
  #others = 0;

  /** Whether the row being read has a fault. */
  get any(): boolean {
    return this.#count > 0;
  }

  /** A fault of the row: its segment, say. */
  add(reason: string): void {
    if (this.#reasons.length < NAMED_FAULTS) this.#reasons.push(reason);
    this.#count += 1;
  }

  /** A rating cell of `column` holding `text` that cannot be read. */
  cell(column: string, text: string, reason: string): void {
    this.add(`column "${shortName(column)}": ${reason}`);
    if (answerNumber(text) !== undefined) return;
    const key = trimCell(text);
    const seen = this.#unknown.get(key);
    if (seen !== undefined) this.#unknown.set(key, seen + 1);
    else if (this.#unknown.size < KEPT_ANSWERS) this.#unknown.set(key, 1);
    else this.#others += 1;
  }

  /**
   * Why the row is skipped, in one line: every fault when they are few,
   * else how many and the first of them. Forgets the row's faults.
   */
  take(): string {
    const shown = this.#reasons.join('; ');
    const count = this.#count;
    this.#forget();
    if (count <= NAMED_FAULTS) return shown;
    return `${count} cells cannot be read: ${shown}; and ` +
      `${count - NAMED_FAULTS} more`;
  }

  #forget(): void {
    this.#reasons.length = 0;
    this.#count = 0;
  }

  /** The unknown answers tallied so far, most frequent first. */
  unknownAnswers(): UnknownAnswers {
    const answers = [...this.#unknown]
      .map(([text, cells]) => ({ text, cells }))
      .sort((a, b) => b.cells - a.cells ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    return { answers, others: this.#others };
  }
}
