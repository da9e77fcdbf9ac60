import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  DONT_KNOW_LABEL,
  agreementLabels,
} from '../../../engine/perception-labels.ts';
import {
  DONT_KNOW,
  type Rating,
  type Statement,
} from '../../../engine/schema/survey.ts';
import { fill } from '../../shared/localize.ts';
import {
  type Choice,
  renderRadioGroup,
} from '../../shared/wizard/choices.ts';
import type { SurveyContext } from './context.ts';
import type { DimensionStep } from './steps.ts';

/**
 * The options of every statement: "1 – Totalmente en desacuerdo" up to
 * the model's number of levels, then "No sé".
 */
export function scaleChoices(ctx: SurveyContext): Choice<Rating>[] {
  const { t, lang, levels, survey } = ctx;
  const choices: Choice<Rating>[] = agreementLabels(levels, lang, survey)
    .map((label, i) => ({
      value: i + 1,
      label: fill(t.scaleOption, { value: i + 1, label }),
    }));
  choices.push({ value: DONT_KNOW, label: DONT_KNOW_LABEL[lang],
    className: 'dont-know' });
  return choices;
}

function renderStatement(
  ctx: SurveyContext,
  statement: Statement,
  choices: Choice<Rating>[],
) {
  return renderRadioGroup<Rating>({
    id: statement.id,
    kind: 'statement',
    legend: statement.text[ctx.lang],
    choices,
    current: ctx.answers.ratings[statement.id],
    error: ctx.showErrors ? ctx.t.fieldError : undefined,
    answer: (rating) => ctx.rate(statement.id, rating),
  });
}

/**
 * A dimension step: how to answer, then the statements of each of the
 * dimension's sub-dimensions under the sub-dimension's name.
 */
export function renderDimensionStep(ctx: SurveyContext, step: DimensionStep) {
  const choices = scaleChoices(ctx);
  return html`<p class="lead">${ctx.t.dimensionLead}</p>
    ${repeat(
      step.groups,
      (group) => group.subdimension.id,
      (group) => html`<section class="subdimension" part="subdimension">
        <h3>${group.subdimension.name[ctx.lang]}</h3>
        ${repeat(
          group.statements,
          (statement) => statement.id,
          (statement) => renderStatement(ctx, statement, choices),
        )}
      </section>`,
    )}`;
}
