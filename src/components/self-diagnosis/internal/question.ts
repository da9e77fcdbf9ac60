import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type {
  ChecklistCapacity,
  ChecklistStatement,
  RubricCapacity,
} from '../../../engine/schema/instrument.ts';
import type { Answer } from '../../../engine/schema/responses.ts';
import { fill } from '../../shared/localize.ts';
import {
  type Choice,
  renderRadioGroup,
} from '../../shared/wizard/choices.ts';
import type { StepContext } from './context.ts';

/** The radio group of the item `id`, answered through the context. */
function group(
  ctx: StepContext,
  id: string,
  kind: 'question' | 'statement',
  parts: { legend: unknown; help?: unknown; choices: Choice<Answer>[] },
) {
  return renderRadioGroup<Answer>({
    id,
    kind,
    ...parts,
    current: ctx.responses[id],
    error: ctx.showErrors ? ctx.t.fieldError : undefined,
    answer: (value) => ctx.answer(id, value),
  });
}

/** A rubric question: a fieldset with one radio per level and "N/A". */
export function renderRubric(ctx: StepContext, capacity: RubricCapacity) {
  const { lang, t, model } = ctx;
  const choices: Choice<Answer>[] = capacity.options.map((option) => ({
    value: option.level,
    label: html`<strong class="choice-level">${fill(t.levelOption, {
      level: option.level,
      name: model.levels[option.level - 1]?.name[lang] ?? '',
    })}</strong>
      <span class="choice-text">${option.text[lang]}</span>`,
  }));
  choices.push({ value: 'na', label: t.notApplicable, className: 'na' });

  return group(ctx, capacity.id, 'question', {
    legend: html`<span class="question-title">${capacity.title[lang]}</span>
      <span class="question-text">${capacity.question[lang]}</span>`,
    help: capacity.help
      ? html`<p class="help">${capacity.help[lang]}</p>`
      : undefined,
    choices,
  });
}

function renderStatement(ctx: StepContext, statement: ChecklistStatement) {
  const { t, lang } = ctx;
  return group(ctx, statement.id, 'statement', {
    legend: statement.text[lang],
    choices: [
      { value: 'met', label: t.met },
      { value: 'not-met', label: t.notMet },
      { value: 'na', label: t.notApplicable, className: 'na' },
    ],
  });
}

/** A checklist capacity: its title, then one fieldset per statement. */
export function renderChecklist(
  ctx: StepContext,
  capacity: ChecklistCapacity,
) {
  return html`<section class="question checklist" part="question">
    <h3 class="question-title">${capacity.title[ctx.lang]}</h3>
    ${capacity.help
      ? html`<p class="help">${capacity.help[ctx.lang]}</p>`
      : nothing}
    ${repeat(
      capacity.statements,
      (statement) => statement.id,
      (statement) => renderStatement(ctx, statement),
    )}
  </section>`;
}
