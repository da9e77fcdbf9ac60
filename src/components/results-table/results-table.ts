import { LitElement, type PropertyValues, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { RowProblem } from '../../engine/delimited.ts';
import type { LevelRuleOptions } from '../../engine/results-rule.ts';
import type { ResultsScore } from '../../engine/results.ts';
import type { IndicatorSet } from '../../engine/schema/indicators.ts';
import { type SctmmErrorDetail, emit } from '../shared/events.ts';
import { jsonConverter } from '../shared/json-attribute.ts';
import { DocumentError } from '../shared/load-document.ts';
import { langOf } from '../shared/localize.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import { warnOnce } from '../shared/warn.ts';
import type { ResultsTableLoadDetail } from './events.ts';
import { renderMessage, renderReady } from './internal/body.ts';
import { checkIndicators } from './internal/check.ts';
import type { TableContext } from './internal/context.ts';
import {
  type Failure,
  type Origin,
  describeFailure,
  warnFailure,
} from './internal/failure.ts';
import { asDocumentError, loadIndicators } from './internal/load.ts';
import {
  type Sort,
  checkedDimension,
  checkedSort,
  shownText,
  sortedText,
} from './internal/options.ts';
import type { Group } from './internal/rows.ts';
import { RuleError, type Scored, scoreSet } from './internal/score.ts';
import type { Column, Direction } from './internal/sort.ts';
import { type View, problemsWarning } from './internal/view.ts';
import { messages } from './messages.ts';
import { resultsTableStyles } from './results-table.styles.ts';

export type { Column, Direction };

/**
 * The results measurement of an entity as a table: its indicators
 * grouped by dimension, each with its current value, baseline, change
 * (and whether that is an improvement), peer average, national best and
 * level, and why it has that level on demand; the results score and
 * the score of each dimension above. Columns sort by keyboard or
 * pointer and a select filters by dimension. It reads an indicator set
 * from a property, a JSON attribute or a JSON or CSV file at `src`.
 *
 * @summary The results indicators with their levels, sortable.
 *
 * @tagname sctmm-results-table
 *
 * @fires sctmm-load - The indicators at `src` were read and are shown.
 *   Detail: `{ src, format, indicators, result, problems }`: `format` is
 *   `json` or `csv`; `problems` lists the CSV rows left out.
 * @fires sctmm-error - The indicators cannot be shown: `indicators` is
 *   not JSON (`not-json`), an object a framework turned into text
 *   (`object-attribute`) or not a valid set (`schema`), `src` failed
 *   (`network`, `http` with `status`, `not-json`, `schema`, also for a
 *   CSV of which no row could be read), or the level rule does not fit
 *   the set's edition (`schema`, issue at `rule`). Detail: `{ code,
 *   message, issues, status }`.
 *
 * @csspart summary - The results score, the counts and the dimensions.
 * @csspart total - The sentence with the results score and level.
 * @csspart dimensions - The list of the scores of the dimensions.
 * @csspart problems - The notice and details of CSV rows left out.
 * @csspart notice - The sentence saying that some rows are not shown.
 * @csspart controls - The box around the filter.
 * @csspart filter - The select that filters by dimension.
 * @csspart scroll - The focusable region the table scrolls in.
 * @csspart table - The table.
 * @csspart sort - A column header's sort button.
 * @csspart group - The rows of one dimension (a `<tbody>`).
 * @csspart dimension - The header of a dimension's rows.
 * @csspart row - The row of one indicator.
 * @csspart self-rated - The "autoevaluado" tag of a self-rated one.
 * @csspart trend - The words saying whether a change is an improvement.
 * @csspart why - The button that shows why a row has its level.
 * @csspart reason - The sentences on the level, once shown.
 * @csspart loading - The message while `src` is read.
 * @csspart empty - The message when there are no indicators.
 * @csspart error - The message shown when the indicators are unusable.
 *
 * @cssprop --sctmm-results-better-color - An improvement's arrow and
 *   words (`--sctmm-color-success`, #066e30).
 * @cssprop --sctmm-results-worse-color - A worsening's arrow and words
 *   (`--sctmm-color-error`, #a80521).
 * @cssprop --sctmm-results-header-color - Column and dimension header
 *   background (#f2f5fb, the alternate surface).
 * @cssprop --sctmm-color-text - Text (#1f1f1f).
 * @cssprop --sctmm-color-muted - Units, periods and notes (#4b4b4b).
 * @cssprop --sctmm-color-surface - Background (#ffffff).
 * @cssprop --sctmm-color-surface-alt - Headers (#f2f5fb).
 * @cssprop --sctmm-color-border - Table rules (#767676).
 * @cssprop --sctmm-color-primary - Button borders (#3366cc).
 * @cssprop --sctmm-color-primary-dark - Button text (#004884).
 * @cssprop --sctmm-color-success - Improvements (#066e30).
 * @cssprop --sctmm-color-error - Worsenings and the error message
 *   (#a80521).
 * @cssprop --sctmm-color-focus - Focus ring (#ffbf47).
 * @cssprop --sctmm-font-family - Text font (Work Sans, then system).
 * @cssprop --sctmm-font-size - Base size (the user's default).
 * @cssprop --sctmm-radius - Corner radius (0.375em).
 * @cssprop --sctmm-space - Space between the parts (1em).
 */
export class SctmmResultsTable extends LitElement {
  static override styles = [baseStyles, resultsTableStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    indicators: { converter: jsonConverter },
    src: { type: String },
    edition: { type: String },
    entityName: { type: String, attribute: 'entity-name' },
    rule: { attribute: false },
    dimension: { type: String },
    sortBy: { type: String, attribute: 'sort-by' },
    sortDirection: { type: String, attribute: 'sort-direction' },
    _open: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
  };

  /**
   * The language, `es` (default) or `en`; attribute `lang`. When absent,
   * the nearest ancestor's `lang` is used.
   */
  declare lang: string;

  /**
   * The indicator set (`sctmm/indicator-set@1`) to show: a property, or
   * attribute `indicators` as JSON. It wins over `src`.
   */
  declare indicators: IndicatorSet | undefined;

  /**
   * URL of an indicator set as JSON or CSV; attribute `src`. A CSV or
   * JSON content type decides, else the extension `.csv` or `.json`,
   * else JSON.
   */
  declare src: string | undefined;

  /** The model edition of a CSV `src`; attribute `edition`, `2020`. */
  declare edition: string;

  /**
   * The entity named in the table's caption when the set names none (a
   * CSV never does); attribute `entity-name`. The set's own wins.
   */
  declare entityName: string | undefined;

  /**
   * Changes to the level rule (`LevelRuleOptions`), property only; an
   * edition with fewer levels than the rule gives needs its `levels`.
   */
  declare rule: LevelRuleOptions | undefined;

  /**
   * The id of the one dimension shown, `''` (default) for all;
   * attribute `dimension`. The filter sets it.
   */
  declare dimension: string;

  /**
   * The column the rows are sorted by within each dimension, none by
   * default (the model's order); attribute `sort-by`: `name`,
   * `subdimension`, `current`, `baseline`, `change`, `average`, `best`
   * or `level`. The column buttons set it.
   */
  declare sortBy: Column | undefined;

  /** `ascending` (default) or `descending`; attribute `sort-direction`. */
  declare sortDirection: Direction;

  declare private _open: ReadonlySet<string>;
  declare private _announcement: string;

  private _fromAttribute: unknown;
  private _input?: IndicatorSet | DocumentError;
  private _scored?: { key: unknown[]; value: Scored | RuleError };
  private _view: View = { state: 'empty' };
  private _loaded = false;
  private _pending: (() => void)[] = [];

  private readonly _source = new Task(this, {
    args: () => [this.indicators == null ? this.src ?? '' : '',
      this.edition],
    task: ([src, edition], { signal }) => src
      ? loadIndicators(src, signal, edition)
      : Promise.resolve(undefined),
    onComplete: (loaded) => {
      this._loaded = loaded !== undefined;
    },
    onError: (error) => this._fail({ error: asDocumentError(error),
      origin: 'src', src: this.src }),
  });

  constructor() {
    super();
    this.edition = '2020';
    this.dimension = '';
    this.sortDirection = 'ascending';
    this._open = new Set();
    this._announcement = '';
  }

  /** `empty`, `loading`, `ready` or `error`; also attribute `state`. */
  get state(): View['state'] {
    return this._view.state;
  }

  /** The results measurement shown, when there is one. */
  get result(): ResultsScore | undefined {
    return this._view.state === 'ready' ? this._view.scored.result
      : undefined;
  }

  /** The CSV rows of `src` that could not be read and are not shown. */
  get problems(): RowProblem[] {
    return this._view.state === 'ready' ? this._view.scored.problems : [];
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'indicators') this._fromAttribute = this.indicators;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('indicators')) return;
    const value = this.indicators;
    this._input = value == null ? undefined : checkIndicators(value);
    if (this._input instanceof DocumentError) {
      this._fail({ error: this._input, origin: this._origin() });
    }
  }

  /** Settles what to show once the source task has started, if it had to. */
  protected override update(changed: PropertyValues<this>): void {
    this._view = this._resolve();
    this.setAttribute('state', this._view.state);
    if (this._loaded && this._view.state !== 'loading') {
      this._loaded = false;
      if (this._view.state === 'ready') this._announceLoad(this._view.scored);
    }
    super.update(changed);
  }

  private _resolve(): View {
    const input = this._input;
    if (this.indicators != null && input) {
      return input instanceof DocumentError
        ? { state: 'error', failure: { error: input, origin: this._origin() } }
        : this._score(input, []);
    }
    if (!this.src) return { state: 'empty' };
    const { status, value, error } = this._source;
    if (status === TaskStatus.ERROR) {
      return { state: 'error', failure: { error: asDocumentError(error),
        origin: 'src', src: this.src } };
    }
    if (status === TaskStatus.COMPLETE && value) {
      return this._score(value.set, value.problems);
    }
    return { state: 'loading' };
  }

  private _origin(): Origin {
    return this._fromAttribute === this.indicators ? 'attribute'
      : 'property';
  }

  private _score(set: IndicatorSet, problems: RowProblem[]): View {
    const key = [set, problems, this.rule];
    const same = this._scored?.key.every((part, i) => part === key[i]);
    if (!same) {
      const value = scoreSet(set, problems, this.rule);
      this._scored = { key, value };
      if (value instanceof RuleError) {
        this._fail({ error: value, origin: 'property' });
      }
    }
    const value = this._scored!.value;
    return value instanceof RuleError
      ? { state: 'error', failure: { error: value, origin: 'property' } }
      : { state: 'ready', scored: value };
  }

  private get _ctx(): Pick<TableContext, 'lang' | 't'> {
    const lang = langOf(this);
    return { lang, t: messages[lang] };
  }

  /** Fires `sctmm-error` once the message shows, and warns. */
  private _fail(failure: Failure) {
    this._pending.push(() => {
      const message = describeFailure(this._ctx, failure);
      warnFailure(this, failure, message);
      const { code, issues, status } = failure.error;
      emit<SctmmErrorDetail>(this, 'sctmm-error', { code, message, issues,
        ...(status === undefined ? {} : { status }) });
    });
  }

  private _announceLoad(scored: Scored) {
    const { value } = this._source;
    const src = this.src ?? '';
    if (!value) return;
    const warning = problemsWarning(src, scored.problems);
    this._pending.push(() => {
      if (warning) warnOnce('csv-rows-left-out', this, warning);
      emit<ResultsTableLoadDetail>(this, 'sctmm-load', {
        src, format: value.format, indicators: scored.set,
        result: scored.result, problems: scored.problems });
    });
  }

  protected override updated(): void {
    const select = this.renderRoot.querySelector('select');
    if (select) select.value = this._dimension();
    const pending = this._pending;
    this._pending = [];
    for (const fire of pending) fire();
  }

  private _dimension(): string {
    return this._view.state === 'ready'
      ? checkedDimension(this, this.dimension, this._view.scored.groups)
      : '';
  }

  private _sort(): Sort | undefined {
    return checkedSort(this, this.sortBy, this.sortDirection);
  }

  private _sortBy(column: Column) {
    const flip = this._sort()?.column === column &&
      this.sortDirection !== 'descending';
    const sort: Sort = { column,
      direction: flip ? 'descending' : 'ascending' };
    this.sortBy = sort.column;
    this.sortDirection = sort.direction;
    this._announcement = sortedText(this._ctx, sort);
  }

  private _filter(dimension: string, groups: readonly Group[]) {
    this.dimension = dimension;
    this._announcement = shownText(this._ctx, groups, dimension);
  }

  private _toggle(id: string) {
    const open = new Set(this._open);
    if (!open.delete(id)) open.add(id);
    this._open = open;
  }

  protected override render() {
    const view = this._view;
    const live = html`<div class="visually-hidden" role="status"
      aria-live="polite">${this._announcement}</div>`;
    if (view.state !== 'ready') {
      return html`${live}${renderMessage(this._ctx, view)}`;
    }
    const { scored } = view;
    const ctx = { ...this._ctx, model: scored.model, rule: scored.rule };
    return html`${live}${renderReady(ctx, scored, {
      entityName: this.entityName,
      dimension: this._dimension(),
      sort: this._sort(),
      open: this._open,
      filter: (dimension) => this._filter(dimension, scored.groups),
      sortBy: (column) => this._sortBy(column),
      toggle: (id) => this._toggle(id),
    })}`;
  }
}
