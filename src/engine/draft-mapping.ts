import { draftAnswers } from './draft-answers.ts';
import { roleRank, asksPersonalData, asksSegment } from './header-roles.ts';
import type {
  ColumnTarget,
  ResponseMapping,
} from './schema/response-mapping.ts';
import type { Survey } from './schema/survey.ts';
import { similarity } from './text-similarity.ts';

/** The similarity below which a header is not taken for a statement. */
export const MATCH_THRESHOLD = 0.5;

/** The similarity from which a note names the closest statement. */
const HINT_THRESHOLD = 0.3;

/** The texts of a header worth comparing: it, and a `[bracketed]` tail. */
function candidates(header: string): string[] {
  const tail = /\[([^\]]+)\]\s*$/.exec(header)?.[1];
  const bare = header.replace(/^\s*[a-z]{0,2}\d+[a-z]?\s*[.):-]\s*/i, '');
  return [header, bare, ...(tail ? [tail] : [])];
}

/** A header's best pairing with each statement, best first. */
function pairings(headers: readonly string[], survey: Survey) {
  const pairs: { column: number; statement: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const texts = candidates(header);
    survey.statements.forEach((statement, index) => {
      const plain = texts.map((text) => text.trim().toLowerCase());
      const score = plain.includes(statement.id) ? 1 : Math.max(
        ...texts.flatMap((text) => [similarity(text, statement.text.es),
          similarity(text, statement.text.en)]));
      pairs.push({ column, statement: index, score });
    });
  });
  return pairs.sort((a, b) => b.score - a.score);
}

function bestRole(headers: readonly string[], role: 'submittedAt' | 'id') {
  let best = -1;
  let rank = Infinity;
  headers.forEach((header, column) => {
    const r = roleRank(header, role);
    if (r >= 0 && r < rank) [best, rank] = [column, r];
  });
  return best;
}

/**
 * Drafts a response mapping from the header of an export of another
 * survey tool, for a person to check. The time and id columns are found
 * by their usual names; each statement goes to the column whose text
 * reads most like it (in Spanish or English, or a `[bracketed]` part as
 * grid questions write it), one column per statement, if at least
 * `MATCH_THRESHOLD` alike; the segment column by words such as "sector".
 * Columns left over are `ignore`, each with a note saying what to do;
 * columns that ask for personal data are ignored and say so. With
 * sample `rows` of the export, `answers` lists each answer text of the
 * statement columns that the defaults read, with its value, and a
 * column's note names the texts they do not read (see `draftAnswers`).
 */
export function draftMapping(
  header: readonly string[],
  survey: Survey,
  rows: readonly (readonly string[])[] = [],
): ResponseMapping {
  const targets: (ColumnTarget | undefined)[] = header.map(() => undefined);
  const notes: Record<string, string> = {};
  for (const role of ['submittedAt', 'id'] as const) {
    const column = bestRole(header, role);
    if (column >= 0) targets[column] = role;
  }

  const used = new Set<number>();
  const closest = new Map<number, { statement: number; score: number }>();
  for (const pair of pairings(header, survey)) {
    if (!closest.has(pair.column)) closest.set(pair.column, pair);
    if (targets[pair.column] || used.has(pair.statement) ||
      pair.score < MATCH_THRESHOLD) continue;
    const statement = survey.statements[pair.statement];
    if (!statement) continue;
    targets[pair.column] = statement.id;
    used.add(pair.statement);
    if (pair.score < 1) {
      notes[header[pair.column] as string] = `read as "${statement.id}" ` +
        `(similarity ${pair.score.toFixed(2)}): "${statement.text.es}"; ` +
        'check it';
    }
  }

  header.forEach((name, column) => {
    if (targets[column]) return;
    if (!targets.includes('segment') && asksSegment(name)) {
      targets[column] = 'segment';
      notes[name] = 'read as the segment; add to "segments" any answer ' +
        'the defaults do not name';
      return;
    }
    targets[column] = 'ignore';
    const near = closest.get(column);
    const hint = near && near.score >= HINT_THRESHOLD &&
      survey.statements[near.statement];
    notes[name] = asksPersonalData(name)
      ? 'looks like personal data: ignored, the survey keeps none'
      : 'not matched: write a statement id, "segment", "submittedAt" or ' +
        '"id", or keep "ignore"' + (hint ? `; closest statement ` +
        `"${hint.id}" (similarity ${near.score.toFixed(2)})` : '');
  });

  const columns: Record<string, ColumnTarget> = {};
  header.forEach((name, column) => {
    if (!Object.hasOwn(columns, name)) {
      columns[name] = targets[column] as ColumnTarget;
    }
  });
  const { answers, unknown } = draftAnswers(header, columns, rows, survey);
  for (const [name, texts] of unknown) {
    const list = texts.map((text) => JSON.stringify(text)).join(', ');
    notes[name] = `${notes[name] ? `${notes[name]}; ` : ''}answers the ` +
      `defaults do not read: ${list}; give each a value in "answers"`;
  }
  return {
    format: 'sctmm/response-mapping@1',
    survey: { id: survey.id, version: survey.version },
    columns,
    answers,
    segments: {},
    notes,
  };
}
