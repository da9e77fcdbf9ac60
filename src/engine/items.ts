import type { Capacity, Instrument } from './schema/instrument.ts';
import type { Answer, CapacityResponses } from './schema/responses.ts';

/** One answerable item: a rubric question or a checklist statement. */
export interface Item {
  /** The key of its answer in the responses. */
  id: string;
  axisId: string;
  capacityId: string;
  kind: Capacity['kind'];
}

/** The items of one capacity, in the order they are asked. */
export function capacityItems(axisId: string, capacity: Capacity): Item[] {
  const base = { axisId, capacityId: capacity.id, kind: capacity.kind };
  if (capacity.kind === 'rubric') return [{ ...base, id: capacity.id }];
  return capacity.statements.map((s) => ({ ...base, id: s.id }));
}

/** Every item of an instrument, axis by axis, in the order asked. */
export function instrumentItems(instrument: Instrument): Item[] {
  return instrument.axes.flatMap((axis) =>
    axis.capacities.flatMap((c) => capacityItems(axis.id, c)),
  );
}

/** Whether `answer` is a valid answer to an item of `kind`. */
export function isValidAnswer(
  kind: Capacity['kind'],
  answer: unknown,
  levels: number,
): answer is Answer {
  if (answer === 'na') return true;
  if (kind === 'checklist') return answer === 'met' || answer === 'not-met';
  return Number.isInteger(answer) &&
    (answer as number) >= 1 && (answer as number) <= levels;
}

/**
 * The answers of `responses` that fit `instrument`: answers to items it
 * no longer asks, or of the wrong kind, are dropped.
 */
export function keepValidAnswers(
  instrument: Instrument,
  responses: Readonly<Record<string, unknown>>,
): CapacityResponses {
  const kept: CapacityResponses = {};
  for (const item of instrumentItems(instrument)) {
    const answer = responses[item.id];
    if (isValidAnswer(item.kind, answer, instrument.levels)) {
      kept[item.id] = answer;
    }
  }
  return kept;
}

/** The items of `axisId` (or of the whole instrument) left unanswered. */
export function unansweredItems(
  instrument: Instrument,
  responses: CapacityResponses,
  axisId?: string,
): Item[] {
  return instrumentItems(instrument).filter(
    (item) =>
      (axisId === undefined || item.axisId === axisId) &&
      responses[item.id] === undefined,
  );
}
