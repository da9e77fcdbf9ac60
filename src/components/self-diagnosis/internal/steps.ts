import { instrumentItems, unansweredItems } from '../../../engine/items.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { Model } from '../../../engine/schema/model.ts';
import type {
  CapacityResponses,
} from '../../../engine/schema/responses.ts';
import { fill } from '../../shared/localize.ts';
import type { SelfDiagnosisMessages } from '../messages.ts';

/**
 * The wizard's steps for an instrument: 0 is the introduction, then one
 * step per axis, then the review, then the result.
 */
export class WizardSteps {
  constructor(
    readonly instrument: Instrument,
    readonly model: Model,
  ) {}

  /** The index of the result, the last step. */
  get last(): number {
    return this.instrument.axes.length + 2;
  }

  /** The index of the review. */
  get review(): number {
    return this.last - 1;
  }

  /** The axis asked at `step`, if it is an axis step. */
  axisAt(step: number) {
    return step > 0 && step < this.review
      ? this.instrument.axes[step - 1]
      : undefined;
  }

  /** The step that asks the axis `axisId`. */
  stepOfAxis(axisId: string): number {
    return this.instrument.axes.findIndex((axis) => axis.id === axisId) + 1;
  }

  /** The first axis step in [from, to) with unanswered questions. */
  firstIncomplete(
    responses: CapacityResponses,
    from: number,
    to: number,
  ): number | undefined {
    for (let step = Math.max(1, from); step < to; step++) {
      const axis = this.axisAt(step);
      if (!axis) break;
      if (unansweredItems(this.instrument, responses, axis.id).length) {
        return step;
      }
    }
    return undefined;
  }

  /** The heading of `step`. */
  title(step: number, t: SelfDiagnosisMessages, lang: Lang): string {
    if (step === 0) return t.introHeading;
    if (step === this.last) return t.resultHeading;
    if (step === this.review) return t.reviewHeading;
    const id = this.axisAt(step)?.id;
    return this.model.axes.find((a) => a.id === id)?.name[lang] ?? id ?? '';
  }

  /** How much of an axis step is answered, e.g. "2 de 4 respondidas". */
  status(
    step: number,
    responses: CapacityResponses,
    t: SelfDiagnosisMessages,
  ): string | undefined {
    const axis = this.axisAt(step);
    if (!axis) return undefined;
    const items = instrumentItems(this.instrument)
      .filter((item) => item.axisId === axis.id);
    const answered = items.filter((i) => responses[i.id] !== undefined);
    return fill(t.axisProgress, {
      answered: answered.length,
      total: items.length,
    });
  }
}
