import { LitElement, type PropertyValues, html } from 'lit';
import { Task } from '@lit/task';
import { capacityAssessment } from '../../engine/assessment.ts';
import { scoreCapacity } from '../../engine/capacity.ts';
import { modelForEdition } from '../../engine/editions.ts';
import { instrumentItems, keepValidAnswers } from '../../engine/items.ts';
import { defaultInstrument, defaultModel } from '../../engine/model/index.ts';
import type { Assessment } from '../../engine/schema/assessment.ts';
import type { IndexSnapshot } from '../../engine/schema/index-snapshot.ts';
import { snapshotFromAssessment } from '../../engine/snapshot.ts';
import type { Lang } from '../../engine/schema/common.ts';
import type { Instrument } from '../../engine/schema/instrument.ts';
import type { Model } from '../../engine/schema/model.ts';
import type { CapacityResult } from '../../engine/schema/result.ts';
import type {
  Answer,
  CapacityResponses,
} from '../../engine/schema/responses.ts';
import { type SctmmErrorDetail, emit } from '../shared/events.ts';
import { DocumentError } from '../shared/load-document.ts';
import { renderLoadError } from '../shared/load-error.ts';
import { fill, langOf } from '../shared/localize.ts';
import { buttonStyles } from '../shared/buttons.styles.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import { warnOnce } from '../shared/warn.ts';
import {
  DoubleClickGuard,
  focusFirst,
  focusItem,
} from '../shared/wizard/focus.ts';
import { planMove } from '../shared/wizard/navigation.ts';
import { ProgressStore } from '../shared/wizard/progress-store.ts';
import { wizardStyles } from '../shared/wizard/wizard.styles.ts';
import type { StepContext } from './internal/context.ts';
import { divipolaOf, measuredOn } from './internal/entity.ts';
import { downloadResult } from './internal/exports.ts';
import {
  checkInstrument,
  loadInstrument,
} from './internal/load-instrument.ts';
import {
  describeInstrumentError,
  instrumentSource,
  warnInstrumentError,
} from './internal/load-error.ts';
import { WizardSteps } from './internal/steps.ts';
import { renderWizard } from './internal/wizard-view.ts';
import { type SelfDiagnosisMessages, messages } from './messages.ts';
import { selfDiagnosisStyles } from './self-diagnosis.styles.ts';
import type {
  SelfDiagnosisChangeDetail,
  SelfDiagnosisCompleteDetail,
} from './events.ts';

/**
 * The capacity self-diagnosis of a public entity: an introduction, one
 * step per enabling axis, a review of every answer and the result, with
 * a level per axis and overall that follow the maturity model's rules.
 * Answers are saved on the device as they are given.
 *
 * @tagname sctmm-self-diagnosis
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
 * @csspart to-review - The button back to the review, after a change.
 * @csspart overall - The overall result.
 * @csspart radar - The radar chart of the axis scores.
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
  static override styles = [
    baseStyles,
    buttonStyles,
    wizardStyles,
    selfDiagnosisStyles,
  ];

  static override properties = {
    lang: { type: String, reflect: true },
    storageKey: { type: String, attribute: 'storage-key' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    instrumentSrc: { type: String, attribute: 'instrument-src' },
    entityName: { type: String, attribute: 'entity-name' },
    entityDivipola: { type: String, attribute: 'entity-divipola' },
    instrument: { attribute: false },
    responses: { attribute: false },
    _step: { state: true, attribute: false },
    _showErrors: { state: true, attribute: false },
    _storageFailed: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _cameFromReview: { state: true, attribute: false },
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
   * The entity's DIVIPOLA code (DANE's 2 digits for a department, 5 for
   * a municipality), written into exports; attribute `entity-divipola`.
   * Any other value is left out of exports, with a warning.
   */
  declare entityDivipola: string | undefined;

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
  declare private _cameFromReview: boolean;

  private _active?: Instrument;
  private _propertyError?: DocumentError;
  /** When the answers last changed (ISO time): the measurement's date. */
  private _completedAt?: string;
  private readonly _guard = new DoubleClickGuard();
  private readonly _progress = new ProgressStore(this, {
    prefix: 'sctmm-self-diagnosis:',
    sourceName: 'instrument',
    source: () => this._active,
    snapshot: () => ({ step: this._step, answers: this.responses,
      ...(this._completedAt ? { completedAt: this._completedAt } : {}) }),
  });

  private readonly _source = new Task(this, {
    args: () => [this.instrument === undefined ? this.instrumentSrc : ''],
    task: ([src], { signal }) =>
      src ? loadInstrument(src, signal) : Promise.resolve(undefined),
    onError: (error) => {
      if (error instanceof DocumentError) this._reportError(error);
    },
  });

  constructor() {
    super();
    this.noPersist = false;
    this.responses = {};
    this._step = 0;
    this._showErrors = false;
    this._storageFailed = false;
    this._announcement = '';
    this._cameFromReview = false;
  }

  /** The index of the current step: 0 is the introduction. */
  get step(): number {
    return this._step;
  }

  /** The scores of the current answers (read-only). */
  get result(): CapacityResult | undefined {
    return this._active && scoreCapacity(this._active, this.responses);
  }

  /** The instrument being asked, once it is loaded and valid. */
  get activeInstrument(): Instrument | undefined {
    return this._active;
  }

  /**
   * Moves to step `index` (0 is the introduction). Moving forward past a
   * step with unanswered questions stops there and lists them. Resolves
   * to whether it reached `index`. Focus follows only when it was inside
   * the element, so a page that calls this on load does not scroll.
   */
  goToStep(index: number): Promise<boolean> {
    return this._navigate(index, this.matches(':focus-within'));
  }

  /** A move between steps; `moveFocus` for moves the user asked for. */
  private async _navigate(
    index: number,
    moveFocus: boolean,
    focusItemId?: string,
  ): Promise<boolean> {
    const steps = this._steps;
    const move = steps && planMove(this._step, index, steps.last,
      (from, to) => steps.firstIncomplete(this.responses, from, to));
    if (!steps || !move) return false;
    const { arrived, blocked, moved } = move;

    this._step = arrived;
    this._showErrors = blocked !== undefined;
    this._progress.save();
    if (arrived === 0 || arrived >= steps.review) {
      this._cameFromReview = false;
    }
    if (moved) {
      this._guard.moved();
      this._announce(steps);
    }
    await this.updateComplete;

    if (moveFocus) {
      if (blocked !== undefined) this._focus('.error-summary');
      else if (focusItemId) this._focusItem(focusItemId);
      else this._focus('.step-heading');
    }
    if (moved && arrived === steps.last) this._complete();
    return blocked === undefined;
  }

  /** Forgets every answer, here and in storage, and goes to the intro. */
  async restart(): Promise<void> {
    this.responses = {};
    this._completedAt = undefined;
    this._showErrors = false;
    this._progress.clear();
    await this._navigate(0, this.matches(':focus-within'));
  }

  /**
   * The current answers and scores as an `Assessment` document, dated
   * the day the answers were last changed (today when that is unknown,
   * as for answers set by property).
   */
  exportAssessment(): Assessment | undefined {
    const result = this.result;
    if (!this._active || !result) return undefined;
    const divipola = divipolaOf(this.entityDivipola);
    return capacityAssessment({
      result,
      instrument: this._active,
      entity: { name: this.entityName || '—',
        ...(divipola ? { divipola } : {}) },
      measuredAt: measuredOn(this._completedAt),
      responses: this.responses,
    });
  }

  /**
   * The current result as a partial index snapshot (capacity only), the
   * file a transparency portal publishes for `<sctmm-index-badge>`.
   */
  exportSnapshot(): IndexSnapshot | null {
    const assessment = this.exportAssessment();
    return assessment ? snapshotFromAssessment(assessment) : null;
  }

  /** @internal Called when answers could not be saved. */
  setStorageFailed(): void {
    if (this._storageFailed) return;
    this._storageFailed = true;
    this._reportError(new DocumentError('storage'));
  }

  private get _model(): Model {
    return (this._active && modelForEdition(this._active.edition)) ??
      defaultModel;
  }

  private get _steps(): WizardSteps | undefined {
    return this._active && new WizardSteps(this._active, this._model);
  }

  private get _lang(): Lang {
    return langOf(this);
  }

  private get _t(): SelfDiagnosisMessages {
    return messages[this._lang];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument')) this._checkInstrumentProperty();
    if (changed.has('entityDivipola') && this.entityDivipola &&
      !divipolaOf(this.entityDivipola)) {
      warnOnce('invalid-divipola', this, `entity-divipola=` +
        `"${this.entityDivipola}" is not a DIVIPOLA code (2 or 5 digits), ` +
        'so exports leave it out.');
    }
    const active = this._resolveInstrument();
    if (active !== this._active) {
      this._active = active;
      if (active) this._adopt(active, true);
    } else if (changed.has('responses') && active) {
      this._adopt(active, false);
    }
  }

  private _checkInstrumentProperty() {
    this._propertyError = undefined;
    if (this.instrument === undefined) return;
    const checked = checkInstrument(this.instrument);
    if (checked.ok) return;
    this._propertyError = new DocumentError('schema', checked.issues);
    this._reportError(this._propertyError);
  }

  private _resolveInstrument(): Instrument | undefined {
    if (this.instrument !== undefined) {
      return this._propertyError ? undefined : (this.instrument as Instrument);
    }
    if (this.instrumentSrc) return this._source.value;
    return defaultInstrument;
  }

  /**
   * Settles the answers and the step for the active instrument: saved
   * ones first (when `restore`), then those set by property, keeping only
   * those that fit; the step never lies past an unanswered axis.
   */
  private _adopt(instrument: Instrument, restore: boolean) {
    const saved = restore ? this._progress.restore(instrument) : undefined;
    if (saved) this._completedAt = saved.completedAt ?? saved.savedAt;
    this.responses = keepValidAnswers(instrument, {
      ...saved?.answers,
      ...this.responses,
    });
    const steps = new WizardSteps(instrument, this._model);
    const step = Math.max(0, Math.min(saved?.step ?? this._step, steps.last));
    const firstGap = steps.firstIncomplete(this.responses, 0, steps.last);
    this._step = Math.min(step, firstGap ?? steps.last);
    if (!restore) this._progress.save();
  }

  private _answer(id: string, answer: Answer) {
    this.responses = { ...this.responses, [id]: answer };
    this._completedAt = new Date().toISOString();
    this._progress.save();
    const items = instrumentItems(this._active!);
    const answered = items.filter((i) => this.responses[i.id] !== undefined);
    emit<SelfDiagnosisChangeDetail>(this, 'sctmm-change', {
      responses: this.responses,
      answered: answered.length,
      total: items.length,
    });
  }

  private _complete() {
    const result = this.result;
    if (!result) return;
    emit<SelfDiagnosisCompleteDetail>(this, 'sctmm-complete', {
      result,
      assessment: this.exportAssessment(),
    });
  }

  private _reportError(error: DocumentError) {
    const message = this._describe(error);
    warnInstrumentError(this, error, message);
    emit<SctmmErrorDetail>(this, 'sctmm-error',
      { code: error.code, message, issues: error.issues });
  }

  private _describe(error: DocumentError): string {
    const src = this.instrument === undefined ? this.instrumentSrc : '';
    return describeInstrumentError(this._lang, error, instrumentSource(src));
  }

  private _announce(steps: WizardSteps) {
    this._announcement = fill(this._t.stepOf, {
      current: this._step + 1,
      total: steps.last + 1,
      title: steps.title(this._step, this._t, this._lang),
    });
  }

  private _focus(selector: string) {
    focusFirst(this.renderRoot, selector);
  }

  private _focusItem(id: string) {
    focusItem(this.renderRoot, id);
  }

  private _goToItem(itemId: string) {
    const item = instrumentItems(this._active!).find((i) => i.id === itemId);
    const step = item ? this._steps!.stepOfAxis(item.axisId) : 0;
    this._cameFromReview = true;
    void this._navigate(step, true, itemId);
  }

  private _download(kind: 'json' | 'csv') {
    const result = this.result;
    const assessment = this.exportAssessment();
    if (!this._active || !result || !assessment) return;
    downloadResult(kind, {
      instrument: this._active,
      model: this._model,
      result,
      assessment,
      lang: this._lang,
      baseName: this._t.fileName,
    });
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
    return html`<div
        class="live visually-hidden"
        role="status"
        aria-live="polite"
      >${this._announcement}</div
      >${this._renderBody()}`;
  }

  private _renderBody() {
    const failure = this._propertyError ??
      (this._source.error instanceof DocumentError
        ? this._source.error
        : undefined);
    if (failure) {
      return renderLoadError(this._describe(failure), failure, {
        heading: this._t.errorHeading,
        advice: this._t.errorAdvice,
      });
    }
    if (!this._active) {
      return html`<p class="loading">${this._t.loading}</p>`;
    }
    return this._renderWizard(this._context(this._active));
  }

  private _renderWizard(ctx: StepContext) {
    return renderWizard({
      ctx,
      steps: this._steps!,
      step: this._step,
      guard: this._guard,
      persisted: !this.noPersist && !this._storageFailed,
      storageFailed: this._storageFailed,
      cameFromReview: this._cameFromReview,
      entityName: this.entityName,
      completedAt: this._completedAt,
      go: (index) => void this._navigate(index, true),
      goToItem: (id) => this._goToItem(id),
      download: (kind) => this._download(kind),
      restart: () => void this.restart(),
    });
  }
}
