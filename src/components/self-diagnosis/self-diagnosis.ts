import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { Task } from '@lit/task';
import { capacityAssessment } from '../../engine/assessment.ts';
import { scoreCapacity } from '../../engine/capacity.ts';
import { capacityResultToCsv } from '../../engine/csv.ts';
import { modelForEdition } from '../../engine/editions.ts';
import { instrumentItems, unansweredItems } from '../../engine/items.ts';
import { defaultInstrument, defaultModel } from '../../engine/model/index.ts';
import { nextLevelGaps } from '../../engine/next-level.ts';
import type { Assessment } from '../../engine/schema/assessment.ts';
import type { Lang } from '../../engine/schema/common.ts';
import type { Instrument } from '../../engine/schema/instrument.ts';
import type { Model } from '../../engine/schema/model.ts';
import type { CapacityResult } from '../../engine/schema/result.ts';
import type {
  Answer,
  CapacityResponses,
} from '../../engine/schema/responses.ts';
import { downloadFile, todayIso } from '../shared/download.ts';
import { emit } from '../shared/events.ts';
import { fill, langOf } from '../shared/localize.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import type { StepContext } from './internal/context.ts';
import { itemDomId } from './internal/context.ts';
import { renderErrorSummary } from './internal/error-summary.ts';
import {
  InstrumentError,
  checkInstrument,
  loadInstrument,
} from './internal/load-instrument.ts';
import {
  describeInstrumentError,
  instrumentSource,
  renderLoadError,
} from './internal/load-error.ts';
import { ProgressStore } from './internal/progress-store.ts';
import { renderRubric, renderChecklist } from './internal/question.ts';
import { renderResult } from './internal/result.ts';
import { renderReview } from './internal/review.ts';
import { renderStepList } from './internal/step-list.ts';
import { type SelfDiagnosisMessages, messages } from './messages.ts';
import { selfDiagnosisStyles } from './self-diagnosis.styles.ts';
import type { SelfDiagnosisChangeDetail } from './events.ts';

/**
 * The capacity self-diagnosis of a public entity: an introduction, one
 * step per enabling axis, a review of every answer and the result, with
 * a level per axis and overall that follow the maturity model's rules.
 * Answers are saved on the device as they are given.
 *
 * @summary The entity's capacity self-diagnosis, step by step.
 *
 * @fires sctmm-change - An answer changed. Detail: `{ responses,
 *   answered, total }`.
 * @fires sctmm-complete - The result step was reached. Detail:
 *   `{ result, assessment }`.
 * @fires sctmm-error - The instrument could not be loaded or used, or
 *   answers could not be saved. Detail: `{ code, message, issues }`.
 *
 * @csspart step-list - The navigation with the ordered list of steps.
 * @csspart step - The current step.
 * @csspart heading - The heading of the current step.
 * @csspart question - A question (a rubric or a checklist capacity).
 * @csspart statement - A checklist statement.
 * @csspart error-summary - The list of unanswered questions.
 * @csspart actions - The row of buttons of a step.
 * @csspart back - The button to the previous step.
 * @csspart next - The button to the next step.
 * @csspart overall - The overall result.
 * @csspart result-table - The table of axis scores and levels.
 * @csspart axis-result - The result of one axis.
 * @csspart notice - The notice shown when answers cannot be saved.
 * @csspart error - The message shown when the instrument is unusable.
 * @csspart dialog - The confirmation before starting over.
 *
 * @cssprop --sctmm-color-primary - Buttons and accents (#3366cc).
 * @cssprop --sctmm-color-primary-dark - Headings and hover (#004884).
 * @cssprop --sctmm-color-text - Body text (#1f1f1f).
 * @cssprop --sctmm-color-muted - Secondary text (#4b4b4b).
 * @cssprop --sctmm-color-surface - Background (#ffffff).
 * @cssprop --sctmm-color-surface-alt - Panels (#f2f5fb).
 * @cssprop --sctmm-color-border - Borders of fields (#767676).
 * @cssprop --sctmm-color-error - Errors (#a80521).
 * @cssprop --sctmm-color-focus - Focus ring (#ffbf47).
 * @cssprop --sctmm-font-family - Text font (Work Sans, then system).
 * @cssprop --sctmm-font-size - Base size (the user's default).
 * @cssprop --sctmm-radius - Corner radius (0.375em).
 * @cssprop --sctmm-space - Base spacing (1em).
 */
export class SctmmSelfDiagnosis extends LitElement {
  static override styles = [baseStyles, selfDiagnosisStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    storageKey: { type: String, attribute: 'storage-key' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    instrumentSrc: { type: String, attribute: 'instrument-src' },
    entityName: { type: String, attribute: 'entity-name' },
    instrument: { attribute: false },
    responses: { attribute: false },
    _step: { state: true },
    _showErrors: { state: true },
    _storageFailed: { state: true },
    _announcement: { state: true },
  };

  /**
   * The language, `es` (default) or `en`; attribute `lang`. When absent,
   * the nearest ancestor's `lang` is used.
   */
  declare lang: string;

  /**
   * The localStorage key of the saved answers; attribute `storage-key`.
   * Default: `sctmm-self-diagnosis:` and the instrument's id.
   */
  declare storageKey: string | undefined;

  /** Keeps answers in memory only; attribute `no-persist`, default off. */
  declare noPersist: boolean;

  /** URL of an instrument JSON to use; attribute `instrument-src`. */
  declare instrumentSrc: string | undefined;

  /** The entity's name, for the intro and exports; `entity-name`. */
  declare entityName: string | undefined;

  /**
   * The instrument (`sctmm/instrument@1`) to ask; property only. It wins
   * over `instrument-src`; without both, the default instrument is used.
   */
  declare instrument: unknown;

  /** The answers, keyed by question or statement id; property only. */
  declare responses: CapacityResponses;

  declare private _step: number;
  declare private _showErrors: boolean;
  declare private _storageFailed: boolean;
  declare private _announcement: string;

  private _active?: Instrument;
  private _propertyError?: InstrumentError;
  private readonly _progress = new ProgressStore(this);

  private readonly _source = new Task(this, {
    args: () => [this.instrument === undefined ? this.instrumentSrc : ''],
    task: ([src], { signal }) =>
      src ? loadInstrument(src, signal) : Promise.resolve(undefined),
    onError: (error) => {
      if (error instanceof InstrumentError) this._reportError(error);
    },
  });

  constructor() {
    super();
    this.lang = '';
    this.noPersist = false;
    this.responses = {};
    this._step = 0;
    this._showErrors = false;
    this._storageFailed = false;
    this._announcement = '';
  }

  /** The index of the current step: 0 is the introduction. */
  get step(): number {
    return this._step;
  }

  /** The scores of the current answers (read-only). */
  get result(): CapacityResult | undefined {
    return this._active && scoreCapacity(this._active, this.responses);
  }

  /** The model of the instrument's edition. */
  private get _model(): Model {
    return (this._active && modelForEdition(this._active.edition)) ??
      defaultModel;
  }

  private get _lang(): Lang {
    return langOf(this);
  }

  private get _t(): SelfDiagnosisMessages {
    return messages[this._lang];
  }

  private get _lastStep(): number {
    return (this._active?.axes.length ?? 0) + 2;
  }

  /**
   * Moves to step `index`. Moving forward past a step with unanswered
   * questions stops there and lists them; resolves to whether it moved.
   */
  async goToStep(index: number, focusItemId?: string): Promise<boolean> {
    const target = Math.max(0, Math.min(this._lastStep, Math.trunc(index)));
    const blocked = target > this._step
      ? this._firstIncompleteStep(this._step, target)
      : undefined;
    const arrived = blocked ?? target;
    const moved = arrived !== this._step;

    this._step = arrived;
    this._showErrors = blocked !== undefined;
    this._progress.save();
    if (moved) this._announce();
    await this.updateComplete;

    if (blocked !== undefined) this._focus('.error-summary');
    else if (focusItemId) this._focusItem(focusItemId);
    else this._focus('.step-heading');

    if (blocked === undefined && arrived === this._lastStep && moved) {
      const result = this.result;
      if (result) {
        emit(this, 'sctmm-complete', {
          result,
          assessment: this.exportAssessment(),
        });
      }
    }
    return blocked === undefined;
  }

  /** Forgets every answer, here and in storage, and goes to the intro. */
  async restart(): Promise<void> {
    this.responses = {};
    this._showErrors = false;
    this._progress.clear();
    await this.goToStep(0);
  }

  /** The current answers and scores as an `Assessment` document. */
  exportAssessment(): Assessment | undefined {
    const result = this.result;
    if (!this._active || !result) return undefined;
    return capacityAssessment({
      result,
      instrument: this._active,
      entity: { name: this.entityName || '—' },
      measuredAt: todayIso(),
      responses: this.responses,
    });
  }

  /** @internal Used by the progress store. */
  get activeInstrument(): Instrument | undefined {
    return this._active;
  }

  /** @internal Used by the progress store. */
  setStorageFailed(): void {
    if (this._storageFailed) return;
    this._storageFailed = true;
    this._reportError(new InstrumentError('storage'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument')) this._checkInstrumentProperty();
    const active = this._resolveInstrument();
    if (active !== this._active) {
      this._active = active;
      if (active) this._adopt(active);
    } else if (changed.has('responses') && active) {
      this._adopt(active, false);
    }
  }

  private _checkInstrumentProperty() {
    this._propertyError = undefined;
    if (this.instrument === undefined) return;
    const checked = checkInstrument(this.instrument);
    if (checked.ok) return;
    this._propertyError = new InstrumentError('schema', checked.issues);
    this._reportError(this._propertyError);
  }

  private _resolveInstrument(): Instrument | undefined {
    if (this.instrument !== undefined) {
      return this._propertyError ? undefined : (this.instrument as Instrument);
    }
    if (this.instrumentSrc) return this._source.value;
    return defaultInstrument;
  }

  /** Takes saved answers and the step for a newly active instrument. */
  private _adopt(instrument: Instrument, restore = true) {
    const saved = restore ? this._progress.restore(instrument) : undefined;
    this.responses = this._progress.keep(instrument, {
      ...saved?.answers,
      ...this.responses,
    });
    const step = saved?.step ?? Math.min(this._step, this._lastStep);
    this._step = Math.min(
      step,
      this._firstIncompleteStep(0, this._lastStep) ?? this._lastStep,
    );
    if (!restore) this._progress.save();
  }

  /** The first axis step in [from, to) with unanswered questions. */
  private _firstIncompleteStep(from: number, to: number) {
    const axes = this._active?.axes ?? [];
    for (let step = Math.max(1, from); step < to; step++) {
      const axis = axes[step - 1];
      if (!axis) break;
      const missing = unansweredItems(this._active!, this.responses, axis.id);
      if (missing.length) return step;
    }
    return undefined;
  }

  private _answer(id: string, answer: Answer) {
    this.responses = { ...this.responses, [id]: answer };
    this._progress.save();
    const items = instrumentItems(this._active!);
    const detail: SelfDiagnosisChangeDetail = {
      responses: this.responses,
      answered: items.filter((i) => this.responses[i.id] !== undefined)
        .length,
      total: items.length,
    };
    emit(this, 'sctmm-change', detail);
  }

  private _reportError(error: InstrumentError) {
    const message = describeInstrumentError(this._lang, error,
      this._errorSource());
    emit(this, 'sctmm-error', {
      code: error.code,
      message,
      issues: error.issues,
    });
  }

  private _errorSource(): string {
    return instrumentSource(
      this.instrument === undefined ? this.instrumentSrc : undefined,
    );
  }

  private _announce() {
    this._announcement = fill(this._t.stepOf, {
      current: this._step + 1,
      total: this._lastStep + 1,
      title: this._stepTitle(this._step),
    });
  }

  private _focus(selector: string) {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private _focusItem(id: string) {
    const field = this.renderRoot.querySelector(`#${itemDomId(id)}`);
    const input = field?.querySelector<HTMLInputElement>('input:checked') ??
      field?.querySelector<HTMLInputElement>('input');
    input?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  private _stepTitle(step: number): string {
    const t = this._t;
    if (step === 0) return t.introHeading;
    if (step === this._lastStep) return t.resultHeading;
    if (step === this._lastStep - 1) return t.reviewHeading;
    const id = this._active?.axes[step - 1]?.id;
    return this._model.axes.find((a) => a.id === id)?.name[this._lang] ??
      id ?? '';
  }

  private _context(instrument: Instrument): StepContext {
    return {
      lang: this._lang,
      t: this._t,
      model: this._model,
      instrument,
      responses: this.responses,
      showErrors: this._showErrors,
      answer: (id, answer) => this._answer(id, answer),
      focusItem: (id) => this._focusItem(id),
    };
  }

  protected override render() {
    return html`<div class="live" role="status" aria-live="polite"
        >${this._announcement}</div
      >${this._renderBody()}`;
  }

  private _renderBody() {
    const failure = this._propertyError ??
      (this._source.error instanceof InstrumentError
        ? this._source.error
        : undefined);
    if (failure) {
      const message = describeInstrumentError(this._lang, failure,
        this._errorSource());
      return renderLoadError(message, failure);
    }
    const instrument = this._active;
    if (!instrument) {
      return html`<p class="loading">${this._t.loading}</p>`;
    }
    return this._renderWizard(instrument);
  }

  private _renderWizard(instrument: Instrument) {
    const t = this._t;
    const ctx = this._context(instrument);
    const steps = Array.from({ length: this._lastStep + 1 }, (_, i) => ({
      title: this._stepTitle(i),
      status: this._stepStatus(instrument, i),
    }));
    const missing = this._step > 0 && this._step < this._lastStep - 1
      ? unansweredItems(instrument, this.responses,
        instrument.axes[this._step - 1]?.id)
      : [];

    return html`${this._storageFailed
        ? html`<p class="notice" part="notice">${t.storageNotice}</p>`
        : nothing}
      ${renderStepList(t.steps, steps, this._step, (i) => this.goToStep(i))}
      ${keyed(this._step, html`<section class="step" part="step">
        <h2 class="step-heading" part="heading" tabindex="-1">
          ${this._stepTitle(this._step)}
        </h2>
        ${this._showErrors && missing.length
          ? renderErrorSummary(ctx, missing)
          : nothing}
        ${this._renderStep(ctx)}
        ${this._renderActions()}
      </section>`)}`;
  }

  private _stepStatus(instrument: Instrument, step: number) {
    const axis = instrument.axes[step - 1];
    if (step === 0 || !axis || step >= this._lastStep - 1) return undefined;
    const items = instrumentItems(instrument)
      .filter((item) => item.axisId === axis.id);
    const answered = items.filter((i) => this.responses[i.id] !== undefined);
    return fill(this._t.axisProgress, {
      answered: answered.length,
      total: items.length,
    });
  }

  private _renderStep(ctx: StepContext) {
    const step = this._step;
    if (step === 0) return this._renderIntro(ctx);
    if (step === this._lastStep - 1) {
      return renderReview(ctx, (id) => this._change(id));
    }
    if (step === this._lastStep) {
      const result = scoreCapacity(ctx.instrument, this.responses);
      const gaps = nextLevelGaps(ctx.instrument, this.responses, result);
      return html`${renderResult(ctx, result, gaps)}
        ${this._renderResultActions()}`;
    }
    const axis = ctx.instrument.axes[step - 1]!;
    const description = this._model.axes.find((a) => a.id === axis.id)
      ?.description[ctx.lang];
    return html`${description
        ? html`<p class="lead">${description}</p>`
        : nothing}
      ${axis.capacities.map((capacity) =>
        capacity.kind === 'rubric'
          ? renderRubric(ctx, capacity)
          : renderChecklist(ctx, capacity),
      )}`;
  }

  private _change(itemId: string) {
    const item = instrumentItems(this._active!).find((i) => i.id === itemId);
    const index = this._active!.axes.findIndex((a) => a.id === item?.axisId);
    void this.goToStep(index + 1, itemId);
  }

  private _renderIntro(ctx: StepContext) {
    const { t } = ctx;
    const items = instrumentItems(ctx.instrument).length;
    return html`<p class="lead">${t.introLead}</p>
      ${this.entityName
        ? html`<p>${fill(t.introEntity, { name: this.entityName })}</p>`
        : nothing}
      <p>${fill(t.introTime, {
        items,
        minutes: Math.max(5, Math.round(items * 0.75)),
      })}</p>
      <p>${this.noPersist ? t.introNoPersist : t.introPrivacy}</p>`;
  }

  private _renderActions() {
    const t = this._t;
    const step = this._step;
    const last = this._lastStep;
    if (step === last) return nothing;
    const nextLabel = step === 0 ? t.start
      : step === last - 2 ? t.toReview
      : step === last - 1 ? t.seeResult
      : t.next;
    return html`<div class="actions" part="actions">
      ${step > 0
        ? html`<button type="button" class="secondary" part="back"
            @click=${() => this.goToStep(step - 1)}>${t.back}</button>`
        : nothing}
      <button type="button" class="primary" part="next"
        @click=${() => this.goToStep(step + 1)}>${nextLabel}</button>
    </div>`;
  }

  private _renderResultActions() {
    const t = this._t;
    return html`<div class="actions result-actions" part="actions">
        <button type="button" class="primary"
          @click=${() => this._download('json')}>${t.exportJson}</button>
        <button type="button" class="secondary"
          @click=${() => this._download('csv')}>${t.exportCsv}</button>
        <button type="button" class="secondary"
          @click=${() => window.print()}>${t.print}</button>
        <button type="button" class="secondary"
          @click=${this._askRestart}>${t.restart}</button>
      </div>
      <dialog class="dialog" part="dialog" aria-labelledby="restart-title">
        <h3 id="restart-title">${t.restartTitle}</h3>
        <p>${t.restartText}</p>
        <div class="actions">
          <button type="button" class="danger" @click=${this._confirmRestart}
            >${t.restartConfirm}</button>
          <button type="button" class="secondary" @click=${this._closeDialog}
            >${t.restartCancel}</button>
        </div>
      </dialog>`;
  }

  private _download(kind: 'json' | 'csv') {
    const instrument = this._active;
    const result = this.result;
    if (!instrument || !result) return;
    const name = `${this._t.fileName}-${todayIso()}.${kind}`;
    if (kind === 'json') {
      const assessment = JSON.stringify(this.exportAssessment(), null, 2);
      downloadFile(name, assessment, 'application/json');
    } else {
      const csv = capacityResultToCsv(result, instrument, this._model,
        this._lang);
      downloadFile(name, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
    }
  }

  private _askRestart = () => {
    this.renderRoot.querySelector('dialog')?.showModal();
  };

  private _closeDialog = () => {
    this.renderRoot.querySelector('dialog')?.close();
  };

  private _confirmRestart = () => {
    this._closeDialog();
    void this.restart();
  };
}
