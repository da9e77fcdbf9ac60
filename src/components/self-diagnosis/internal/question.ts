import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  ChecklistCapacity,
  ChecklistStatement,
  RubricCapacity,
} from '../../../engine/schema/instrument.ts';
import type { Answer } from '../../../engine/schema/responses.ts';
import { fill } from '../../shared/localize.ts';
import { type StepContext, errorDomId, itemDomId } from './context.ts';

interface Choice {
  value: Answer;
  label: unknown;
  className?: string;
}

function renderChoices(ctx: StepContext, itemId: string, choices: Choice[]) {
  const current = ctx.responses[itemId];
  return html`<div class="choices">
    ${choices.map(
      (choice) => html`<label class="choice ${choice.className ?? ''}">
        <input
          type="radio"
          name=${itemId}
          value=${String(choice.value)}
          .checked=${live(current === choice.value)}
          @change=${() => ctx.answer(itemId, choice.value)}
        />
        <span class="choice-label">${choice.label}</span>
      </label>`,
    )}
  </div>`;
}

function renderFieldError(ctx: StepContext, itemId: string) {
  const missing = ctx.showErrors && ctx.responses[itemId] === undefined;
  return missing
    ? html`<p class="field-error" id=${errorDomId(itemId)}>
        ${ctx.t.fieldError}
      </p>`
    : nothing;
}

function describedBy(ctx: StepContext, itemId: string) {
  return ctx.showErrors && ctx.responses[itemId] === undefined
    ? errorDomId(itemId)
    : nothing;
}

/** A rubric question: a fieldset with one radio per level and "N/A". */
export function renderRubric(ctx: StepContext, capacity: RubricCapacity) {
  const { lang, t, model } = ctx;
  const choices: Choice[] = capacity.options.map((option) => ({
    value: option.level,
    label: html`<strong class="choice-level">${fill(t.levelOption, {
      level: option.level,
      name: model.levels[option.level - 1]?.name[lang] ?? '',
    })}</strong>
      <span class="choice-text">${option.text[lang]}</span>`,
  }));
  choices.push({ value: 'na', label: t.notApplicable, className: 'na' });

  return html`<fieldset
    class="question"
    part="question"
    id=${itemDomId(capacity.id)}
    aria-describedby=${describedBy(ctx, capacity.id)}
  >
    <legend>
      <span class="question-title">${capacity.title[lang]}</span>
      <span class="question-text">${capacity.question[lang]}</span>
    </legend>
    ${capacity.help
      ? html`<p class="help">${capacity.help[lang]}</p>`
      : nothing}
    ${renderFieldError(ctx, capacity.id)}
    ${renderChoices(ctx, capacity.id, choices)}
  </fieldset>`;
}

function renderStatement(ctx: StepContext, statement: ChecklistStatement) {
  const { t, lang } = ctx;
  return html`<fieldset
    class="statement"
    part="statement"
    id=${itemDomId(statement.id)}
    aria-describedby=${describedBy(ctx, statement.id)}
  >
    <legend>${statement.text[lang]}</legend>
    ${renderFieldError(ctx, statement.id)}
    ${renderChoices(ctx, statement.id, [
      { value: 'met', label: t.met },
      { value: 'not-met', label: t.notMet },
      { value: 'na', label: t.notApplicable, className: 'na' },
    ])}
  </fieldset>`;
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
