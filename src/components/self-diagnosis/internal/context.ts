import type { Lang } from '../../../engine/schema/common.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { Model } from '../../../engine/schema/model.ts';
import type {
  Answer,
  CapacityResponses,
} from '../../../engine/schema/responses.ts';
import type { SelfDiagnosisMessages } from '../messages.ts';

/** What the step renderers need from the element. */
export interface StepContext {
  lang: Lang;
  t: SelfDiagnosisMessages;
  model: Model;
  instrument: Instrument;
  responses: CapacityResponses;
  /** Whether unanswered questions of this step are marked as errors. */
  showErrors: boolean;
  answer(id: string, answer: Answer): void;
  /** Moves focus to the question whose answer key is `id`. */
  focusItem(id: string): void;
}

/** The text that names an item: a rubric's title, a statement's text. */
export function itemLabel(
  instrument: Instrument,
  itemId: string,
  lang: Lang,
): string {
  for (const axis of instrument.axes) {
    for (const capacity of axis.capacities) {
      if (capacity.kind === 'rubric' && capacity.id === itemId) {
        return capacity.title[lang];
      }
      if (capacity.kind === 'checklist') {
        const statement = capacity.statements.find((s) => s.id === itemId);
        if (statement) return statement.text[lang];
      }
    }
  }
  return itemId;
}
