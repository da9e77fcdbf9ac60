import { html, nothing } from 'lit';
import { instrumentItems } from '../../../engine/items.ts';
import { fill } from '../../shared/localize.ts';
import type { StepContext } from './context.ts';

/** What the introduction says: what, how long, where answers stay. */
export function renderIntro(
  ctx: StepContext,
  entityName: string | undefined,
  persisted: boolean,
) {
  const { t } = ctx;
  const items = instrumentItems(ctx.instrument).length;
  return html`<p class="lead">${t.introLead}</p>
    ${entityName
      ? html`<p>${fill(t.introEntity, { name: entityName })}</p>`
      : nothing}
    <p>${fill(t.introTime, {
      items,
      minutes: Math.max(5, Math.round(items * 0.75)),
    })}</p>
    <p>${persisted ? t.introPrivacy : t.introNoPersist}</p>`;
}
