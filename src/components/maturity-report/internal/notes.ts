import type { Issue } from '../../../engine/schema/issues.ts';
import type { Measurement } from '../../../engine/schema/model.ts';
import type { ScoredPart } from '../../../engine/schema/result.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import type { MaturityReportMessages } from '../messages.ts';
import { type ReportContext, partName } from './context.ts';

const PLACE = new RegExp('^(perception|results|capacity)' +
  '(?:\\.(?:dimensions|axes)\\[(\\d+)\\]' +
  '(?:\\.subdimensions\\[(\\d+)\\])?)?\\.(score|level)$');

/** A dimension with its sub-dimensions, or an axis. */
type Nested = ScoredPart & { subdimensions?: ScoredPart[] };

const CHANGE = /^was (\S+?)(?: \(level \S+\))?; (\S+?)(?:,| |$)/;

function isRoadmap(note: Issue): boolean {
  return note.path.startsWith('roadmap.');
}

/**
 * What loading changed, for people: how many values were recomputed
 * because they did not match their parts, and how many roadmap steps
 * the model lacks were left out. Empty when nothing changed.
 */
export function notesSentences(
  t: MaturityReportMessages,
  notes: Issue[],
): string[] {
  const leftOut = notes.filter(isRoadmap).length;
  const recomputed = notes.length - leftOut;
  const sentences: string[] = [];
  if (recomputed) {
    sentences.push(recomputed === 1 ? t.recomputedOne
      : fill(t.recomputedOther, { count: recomputed }));
  }
  if (leftOut) {
    sentences.push(leftOut === 1 ? t.leftOutOne
      : fill(t.leftOutOther, { count: leftOut }));
  }
  return sentences;
}

/** The part of the assessment a note's path names, as people say it. */
function placeOf(ctx: ReportContext, path: string): string | undefined {
  const { t } = ctx;
  if (path === 'index') return t.noteIndex;
  const found = PLACE.exec(path);
  if (!found) return undefined;

  const [, measurement, i, j, what] = found;
  const part = measurement as Measurement;
  const measured = ctx.assessment[part];
  const parts: Nested[] = !measured ? []
    : 'axes' in measured ? measured.axes : measured.dimensions;
  const outer = i === undefined ? undefined : parts[Number(i)];
  const inner = j === undefined ? undefined
    : outer?.subdimensions?.[Number(j)];
  const id = (inner ?? outer)?.id;
  const name = id === undefined ? t.measurement[part]
    : fill(t.partOf, { name: partName(ctx, id),
      measurement: t.measurementShort[part] });
  return fill(what === 'level' ? t.noteLevel : t.noteScore, { name });
}

/** A score as "3,8", a level as "4", nothing as "sin dato". */
function valueText(ctx: ReportContext, value: string, level: boolean) {
  const number = Number(value);
  if (value === 'null' || Number.isNaN(number)) return ctx.t.noteNone;
  return level ? String(number) : formatScore(number, ctx.lang);
}

/** One note of the engine as a sentence of the report's language. */
export function noteText(ctx: ReportContext, note: Issue): string {
  const { t } = ctx;
  if (isRoadmap(note)) {
    return fill(t.noteLeftOut, { step: note.path.slice('roadmap.steps.'
      .length) });
  }
  const place = placeOf(ctx, note.path) ?? note.path;
  const change = CHANGE.exec(note.message);
  if (!change) return `${place}: ${note.message}`;
  const level = note.path.endsWith('.level');
  const [, was = '', now = ''] = change;
  return fill(t.noteChange, { place, was: valueText(ctx, was, level),
    now: valueText(ctx, now, level) });
}
