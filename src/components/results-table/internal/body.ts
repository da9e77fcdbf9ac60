import { html } from 'lit';
import { renderLoadError } from '../../shared/load-error.ts';
import { fill } from '../../shared/localize.ts';
import type { TableContext } from './context.ts';
import { renderFilter } from './controls.ts';
import { describeFailure } from './failure.ts';
import type { Sort } from './options.ts';
import { renderProblems } from './problems.ts';
import type { Scored } from './score.ts';
import type { Column } from './sort.ts';
import { renderSummary } from './summary.ts';
import { renderTable } from './table.ts';
import { type View, filterGroups } from './view.ts';

/** What the ready table shows and does, beyond the scored set. */
export interface ReadyState {
  /** The entity to name when the set names none. */
  entityName?: string;
  dimension: string;
  sort: Sort | undefined;
  open: ReadonlySet<string>;
  filter: (dimension: string) => void;
  sortBy: (column: Column) => void;
  toggle: (id: string) => void;
}

/** The message of a state without a table: empty, loading or error. */
export function renderMessage(
  ctx: Pick<TableContext, 'lang' | 't'>,
  view: Exclude<View, { state: 'ready' }>,
) {
  const { t } = ctx;
  switch (view.state) {
    case 'empty':
      return html`<p class="empty" part="empty">${t.empty}</p>`;
    case 'loading':
      return html`<p class="loading" part="loading" aria-busy="true"
        >${t.loading}</p>`;
    default:
      return renderLoadError(describeFailure(ctx, view.failure),
        view.failure.error, { heading: t.errorHeading,
          advice: t.errorAdvice });
  }
}

/**
 * The summary, the notice of CSV rows left out, the filter, and the
 * table in a focusable region named by its caption, where it scrolls.
 */
export function renderReady(
  ctx: TableContext,
  scored: Scored,
  state: ReadyState,
) {
  const { t, lang } = ctx;
  const entity = scored.set.entity?.name || state.entityName?.trim();
  const caption = entity ? fill(t.captionOf, { entity }) : t.caption;
  const groups = filterGroups(scored.groups, state.dimension, state.sort,
    lang);
  return html`${renderSummary(ctx, scored.result, scored.groups)}
    ${renderProblems(ctx, scored.problems)}
    ${renderFilter(ctx, scored.groups, state.dimension, state.filter)}
    <div class="scroll" part="scroll" role="region"
      aria-labelledby="caption" tabindex="0">
      ${renderTable(ctx, caption, groups, state)}
    </div>`;
}
