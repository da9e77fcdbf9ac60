import { html } from 'lit';
import { instrumentItems } from '../../../engine/items.ts';
import type { Answer } from '../../../engine/schema/responses.ts';
import { fill } from '../../shared/localize.ts';
import { type StepContext, itemLabel } from './context.ts';

function answerText(ctx: StepContext, answer: Answer | undefined): string {
  const { t, lang, model } = ctx;
  if (answer === undefined) return t.unanswered;
  if (answer === 'na') return t.notApplicable;
  if (answer === 'met') return t.met;
  if (answer === 'not-met') return t.notMet;
  return fill(t.levelOption, {
    level: answer,
    name: model.levels[answer - 1]?.name[lang] ?? '',
  });
}

/**
 * Every answer, axis by axis, each with a link back to its question.
 * `change(id)` moves to the question's step and focuses it.
 */
export function renderReview(ctx: StepContext, change: (id: string) => void) {
  const { t, lang, instrument, model } = ctx;
  const items = instrumentItems(instrument);
  return html`<p>${t.reviewLead}</p>
    ${instrument.axes.map((axis) => {
      const name = model.axes.find((a) => a.id === axis.id)?.name[lang];
      return html`<section class="review-axis">
        <h3>${name ?? axis.id}</h3>
        <dl class="review-list">
          ${items
            .filter((item) => item.axisId === axis.id)
            .map((item) => {
              const label = itemLabel(instrument, item.id, lang);
              const answer = ctx.responses[item.id];
              return html`<div class="review-row">
                <dt>${label}</dt>
                <dd class=${answer === undefined ? 'missing' : ''}>
                  ${answerText(ctx, answer)}
                </dd>
                <dd>
                  <a
                    href="#"
                    aria-label=${fill(t.changeLabel, { question: label })}
                    @click=${(event: Event) => {
                      event.preventDefault();
                      change(item.id);
                    }}
                    >${t.change}</a
                  >
                </dd>
              </div>`;
            })}
        </dl>
      </section>`;
    })}`;
}
