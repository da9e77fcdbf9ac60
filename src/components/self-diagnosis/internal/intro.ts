import { html, nothing } from 'lit';
import { instrumentItems } from '../../../engine/items.ts';
import { fill } from '../../shared/localize.ts';
import type { StepContext } from './context.ts';

/**
 * What the introduction says: what is measured, how to answer the kinds
 * of question this instrument asks, how long it takes and where the
 * answers stay.
 */
export function renderIntro(
  ctx: StepContext,
  entityName: string | undefined,
  persisted: boolean,
) {
  const { t, lang, instrument } = ctx;
  const items = instrumentItems(instrument);
  const kinds = new Set(items.map((item) => item.kind));
  return html`<p class="lead">${t.introLead}</p>
    ${kinds.has('rubric') ? html`<p>${t.introRubric}</p>` : nothing}
    ${kinds.has('checklist') ? html`<p>${t.introChecklist}</p>` : nothing}
    ${entityName
      ? html`<p>${fill(t.introEntity, { name: entityName })}</p>`
      : nothing}
    <p>${fill(t.introInstrument, {
      title: instrument.title[lang],
      version: instrument.version,
    })}</p>
    <p>${fill(t.introTime, {
      items: items.length,
      axes: instrument.axes.length,
      minutes: Math.max(5, Math.round(items.length * 0.75)),
    })}</p>
    <p>${persisted ? t.introPrivacy : t.introNoPersist}</p>`;
}
