import type { Lang } from '../../../engine/schema/common.ts';
import type {
  Dimension,
  Model,
  Subdimension,
} from '../../../engine/schema/model.ts';
import type { Statement, Survey } from '../../../engine/schema/survey.ts';
import type { PerceptionSurveyMessages } from '../messages.ts';
import { SEGMENT_ID, type SurveyAnswers } from './answers.ts';
import { plural } from './plural.ts';

/** The statements of one sub-dimension, as a step groups them. */
export interface StatementGroup {
  subdimension: Subdimension;
  statements: Statement[];
}

/** A dimension the survey asks about, with its statements. */
export interface DimensionStep {
  dimension: Dimension;
  groups: StatementGroup[];
  statements: Statement[];
}

function dimensionSteps(survey: Survey, model: Model): DimensionStep[] {
  return model.dimensions.flatMap((dimension) => {
    const groups = dimension.subdimensions
      .map((subdimension) => ({
        subdimension,
        statements: survey.statements
          .filter((s) => s.subdimension === subdimension.id),
      }))
      .filter((group) => group.statements.length > 0);
    const statements = groups.flatMap((group) => group.statements);
    return statements.length ? [{ dimension, groups, statements }] : [];
  });
}

/**
 * The survey's steps: 0 asks the respondent's segment, then one step
 * per dimension that has statements, in the model's order, then the
 * thank-you step, reached by sending the answers.
 */
export class SurveySteps {
  readonly dimensions: readonly DimensionStep[];

  constructor(survey: Survey, model: Model) {
    this.dimensions = dimensionSteps(survey, model);
  }

  /** The index of the thank-you step, the last. */
  get last(): number {
    return this.dimensions.length + 1;
  }

  /** The dimension asked at `step`, if it is a dimension step. */
  dimensionAt(step: number): DimensionStep | undefined {
    return step > 0 && step < this.last
      ? this.dimensions[step - 1]
      : undefined;
  }

  /** The step that asks the statement `id`. */
  stepOfStatement(id: string): number {
    const index = this.dimensions
      .findIndex((d) => d.statements.some((s) => s.id === id));
    return index + 1;
  }

  /** The ids of what is unanswered at `step`: the segment, statements. */
  missingAt(step: number, answers: SurveyAnswers): string[] {
    if (step === 0) {
      return answers.segment === undefined ? [SEGMENT_ID] : [];
    }
    const statements = this.dimensionAt(step)?.statements ?? [];
    return statements
      .filter((s) => answers.ratings[s.id] === undefined)
      .map((s) => s.id);
  }

  /** The first step in [from, to) with something unanswered. */
  firstIncomplete(
    answers: SurveyAnswers,
    from: number,
    to: number,
  ): number | undefined {
    for (let step = Math.max(0, from); step < Math.min(to, this.last);
      step++) {
      if (this.missingAt(step, answers).length) return step;
    }
    return undefined;
  }

  /** The title of `step`, for its heading and the step list. */
  title(step: number, t: PerceptionSurveyMessages, lang: Lang): string {
    if (step === 0) return t.segmentHeading;
    if (step === this.last) return t.thanksHeading;
    return this.dimensionAt(step)?.dimension.name[lang] ?? '';
  }

  /** How much of a dimension step is answered: "2 de 6 respondidas". */
  status(
    step: number,
    answers: SurveyAnswers,
    t: PerceptionSurveyMessages,
    lang: Lang,
  ): string | undefined {
    const statements = this.dimensionAt(step)?.statements;
    if (!statements) return undefined;
    return plural(lang, t.stepProgress, statements.length, {
      answered: statements.length - this.missingAt(step, answers).length,
    });
  }
}
