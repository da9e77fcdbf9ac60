import { LitElement, type PropertyValues, html } from 'lit';
import { modelForEdition } from '../../engine/editions.ts';
import { levelCount } from '../../engine/levels.ts';
import { defaultModel } from '../../engine/model/index.ts';
import type { Model } from '../../engine/schema/model.ts';
import type {
  Rating,
  Survey,
  SurveyResponse,
} from '../../engine/schema/survey.ts';
import { type SctmmErrorDetail, emit } from '../shared/events.ts';
import { jsonConverter } from '../shared/json-attribute.ts';
import { DocumentError } from '../shared/load-document.ts';
import { renderLoadError } from '../shared/load-error.ts';
import { fill, langOf } from '../shared/localize.ts';
import { buttonStyles } from '../shared/buttons.styles.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import { asWritten, warnOnce } from '../shared/warn.ts';
import {
  DoubleClickGuard,
  focusFirst,
  focusItem,
} from '../shared/wizard/focus.ts';
import { planMove } from '../shared/wizard/navigation.ts';
import { ProgressStore } from '../shared/wizard/progress-store.ts';
import { wizardStyles } from '../shared/wizard/wizard.styles.ts';
import type {
  PerceptionSentDetail,
  PerceptionSubmitDetail,
} from './events.ts';
import {
  type SavedAnswers,
  type SegmentChoice,
  type SurveyAnswers,
  keepValidRatings,
  readSaved,
  readSegment,
  toResponse,
} from './internal/answers.ts';
import type { SurveyContext } from './internal/context.ts';
import { Delivery, type DeliveryOutcome } from './internal/delivery.ts';
import { describeSurveyError } from './internal/load-survey.ts';
import { newResponseId } from './internal/response-id.ts';
import { SurveySteps } from './internal/steps.ts';
import { markSubmitted, wasSubmitted } from './internal/submitted.ts';
import { SurveySource } from './internal/survey-source.ts';
import {
  type DeliveryState,
  type DeliveryView,
  NOT_SENT,
  deliveryText,
} from './internal/thanks.ts';
import { renderSurvey } from './internal/view.ts';
import { type PerceptionSurveyMessages, messages } from './messages.ts';
import { perceptionSurveyStyles } from './perception-survey.styles.ts';

/** The first wait before a response is sent again, in seconds. */
const DEFAULT_RETRY_DELAY = 15;

/**
 * The citizen perception survey, made for a phone: the respondent's
 * segment of the quadruple helix, then one step per dimension of the
 * model with a 1..L agreement scale per statement, then a thank-you.
 * It collects no personal data. Answers are saved on the device as they
 * are given; sent answers wait in an outbox until the `endpoint` takes
 * them.
 *
 * @tagname sctmm-perception-survey
 * @summary The citizen perception survey, step by step, on any screen.
 *
 * @fires sctmm-submit - The respondent sent the answers. Detail:
 *   `{ response }`, a `SurveyResponse`.
 * @fires sctmm-sent - The `endpoint` accepted a response (this one or
 *   one that waited in the outbox). Detail: `{ response, status }`.
 * @fires sctmm-error - The survey could not be loaded or used, or
 *   answers could not be saved. Detail: `{ code, message, issues }`.
 *
 * @csspart step-list - The navigation with the ordered list of steps.
 * @csspart step - The current step.
 * @csspart progress - The "Paso 2 de 8" line above the heading.
 * @csspart heading - The heading of the current step.
 * @csspart privacy - The sentence saying no personal data is collected.
 * @csspart question - The segment question.
 * @csspart subdimension - The statements of one sub-dimension.
 * @csspart statement - A statement and its agreement scale.
 * @csspart error-summary - The list of unanswered questions.
 * @csspart actions - The row of buttons of a step.
 * @csspart back - The button to the previous step.
 * @csspart next - The button to the next step.
 * @csspart submit - The button that sends the answers (also `next`).
 * @csspart delivery - Whether the answers were sent or wait to be sent.
 * @csspart again - The button that starts a new response.
 * @csspart notice - The notice shown when answers cannot be saved.
 * @csspart pending - The note, on the first step, that responses of this
 *   device wait in the outbox to be sent.
 * @csspart error - The message shown when the survey is unusable.
 *
 * @cssprop --sctmm-color-primary - Buttons and accents (#3366cc).
 * @cssprop --sctmm-color-primary-dark - Headings and hover (#004884).
 * @cssprop --sctmm-color-text - Body text (#1f1f1f).
 * @cssprop --sctmm-color-muted - Secondary text (#4b4b4b).
 * @cssprop --sctmm-color-surface - Background (#ffffff).
 * @cssprop --sctmm-color-surface-alt - Panels (#f2f5fb).
 * @cssprop --sctmm-color-border - Borders of fields (#767676).
 * @cssprop --sctmm-color-error - Errors (#a80521).
 * @cssprop --sctmm-color-success - The "sent" message (#066e30).
 * @cssprop --sctmm-color-focus - Focus ring (#ffbf47).
 * @cssprop --sctmm-font-family - Text font (Work Sans, then system).
 * @cssprop --sctmm-font-size - Base size (the user's default).
 * @cssprop --sctmm-radius - Corner radius (0.375em).
 * @cssprop --sctmm-space - Base spacing (1em).
 */
export class SctmmPerceptionSurvey extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    wizardStyles,
    perceptionSurveyStyles,
  ];

  static override properties = {
    lang: { type: String, reflect: true },
    survey: { converter: jsonConverter },
    surveySrc: { type: String, attribute: 'survey-src' },
    endpoint: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    entityName: { type: String, attribute: 'entity-name' },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    segment: { attribute: false },
    answers: { attribute: false },
    _step: { state: true, attribute: false },
    _showErrors: { state: true, attribute: false },
    _storageFailed: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _delivery: { state: true, attribute: false },
    _pending: { state: true, attribute: false },
  };

  /**
   * The language, `es` (default) or `en`; attribute `lang`. When absent,
   * the nearest ancestor's `lang` is used.
   */
  declare lang: string;

  /**
   * The survey (`sctmm/survey@1`) to ask: a property, or attribute
   * `survey` as JSON. It wins over `survey-src`; without both, the
   * default survey of the 2020 model is asked.
   */
  declare survey: unknown;

  /** URL of a survey JSON to ask; attribute `survey-src`. */
  declare surveySrc: string | undefined;

  /**
   * URL the answers are POSTed to as JSON; attribute `endpoint`. Without
   * it, the host gets them only through `sctmm-submit`.
   */
  declare endpoint: string | undefined;

  /**
   * The localStorage key of the answers in progress; attribute
   * `storage-key`. Default: `sctmm-perception-survey:` and the survey id.
   */
  declare storageKey: string | undefined;

  /** Keeps answers in memory only; attribute `no-persist`, default off. */
  declare noPersist: boolean;

  /** The entity that asks, shown on the first step; `entity-name`. */
  declare entityName: string | undefined;

  /**
   * Seconds before a response the endpoint did not take is sent again,
   * doubled after each failure up to 10 minutes; attribute
   * `retry-delay`, default 15.
   */
  declare retryDelay: number;

  /**
   * The respondent's segment: `academia`, `public`, `private`,
   * `civil-society`, `null` for "prefer not to say", or `undefined`
   * while unanswered; property only.
   */
  declare segment: SegmentChoice | undefined;

  /** The ratings, `1`..L or `dont-know`, by statement id; property only. */
  declare answers: Readonly<Record<string, Rating>>;

  declare private _step: number;
  declare private _showErrors: boolean;
  declare private _storageFailed: boolean;
  declare private _announcement: string;
  declare private _delivery: DeliveryView;
  declare private _pending: number;

  private _active?: Survey;
  private _steps?: SurveySteps;
  private _model: Model = defaultModel;
  private _responseId = newResponseId();
  private _lastResponse?: SurveyResponse;
  private readonly _guard = new DoubleClickGuard();
  private readonly _source = new SurveySource(this);
  private readonly _sender = new Delivery(this);
  private readonly _progress = new ProgressStore<SavedAnswers>(this, {
    prefix: 'sctmm-perception-survey:',
    sourceName: 'survey',
    source: () => this._active,
    snapshot: () => ({
      step: this._step,
      answers: {
        responseId: this._responseId,
        ...(this.segment === undefined ? {} : { segment: this.segment }),
        ratings: this.answers,
      },
    }),
  });

  constructor() {
    super();
    this.noPersist = false;
    this.retryDelay = DEFAULT_RETRY_DELAY;
    this.answers = {};
    this._step = 0;
    this._showErrors = false;
    this._storageFailed = false;
    this._announcement = '';
    this._delivery = NOT_SENT;
    this._pending = 0;
  }

  /** The index of the current step: 0 asks the segment. */
  get step(): number {
    return this._step;
  }

  /** The survey being asked, once it is loaded and valid. */
  get activeSurvey(): Survey | undefined {
    return this._active;
  }

  /** The response sent last from this element, if any. */
  get lastResponse(): SurveyResponse | undefined {
    return this._lastResponse;
  }

  /**
   * Where the last response is: `sending`, `sent`, `queued` (waiting in
   * the outbox), or `handed` when there is no endpoint or none was sent.
   */
  get delivery(): DeliveryState {
    return this._delivery.state;
  }

  /** How many responses wait in the outbox for this `endpoint`. */
  get pending(): number {
    return this._sender.pending;
  }

  /** @internal The retry delay in use, in seconds. */
  get retryDelaySeconds(): number {
    const value = this.retryDelay;
    if (Number.isFinite(value) && value > 0) return value;
    const written = asWritten(this, { attribute: 'retry-delay',
      property: 'retryDelay', value }, Number);
    warnOnce('invalid-retry-delay', this, `${written} is not a number ` +
      `of seconds above 0; using ${DEFAULT_RETRY_DELAY}.`);
    return DEFAULT_RETRY_DELAY;
  }

  /**
   * Moves to step `index` (0 asks the segment). Moving forward past a
   * step with unanswered questions stops there and lists them; reaching
   * the last step sends the answers. Resolves to whether it reached
   * `index`. Focus follows only when it was inside the element. Once
   * the answers are sent, it moves nowhere: `restart()` starts anew.
   */
  goToStep(index: number): Promise<boolean> {
    return this._navigate(index, this.matches(':focus-within'));
  }

  /**
   * Sends the answers, as the last step's button does, when every
   * question is answered. Resolves to the response, or `undefined` when
   * questions are missing; once sent, it resolves to the same response
   * and sends nothing again.
   */
  async submit(): Promise<SurveyResponse | undefined> {
    const steps = this._steps;
    if (!steps) return undefined;
    if (this._step === steps.last) return this._lastResponse;
    const sent = await this.goToStep(steps.last);
    return sent ? this._lastResponse : undefined;
  }

  /** Sends again, now, every response waiting for this `endpoint`. */
  retry(): Promise<void> {
    return this._sender.flush();
  }

  /** Starts a new, empty response on the first step. */
  async restart(): Promise<void> {
    const moveFocus = this.matches(':focus-within');
    this._responseId = newResponseId();
    this._lastResponse = undefined;
    this._delivery = NOT_SENT;
    this.answers = {};
    this.segment = undefined;
    this._showErrors = false;
    this._progress.clear();
    this._step = 0;
    this._moved();
    await this.updateComplete;
    if (moveFocus) focusFirst(this.renderRoot, '.step-heading');
  }

  /** @internal Called when answers could not be saved. */
  setStorageFailed(): void {
    if (this._storageFailed) return;
    this._storageFailed = true;
    this.surveyFailed(new DocumentError('storage'));
  }

  /** @internal Reports a survey that cannot be used, or a storage one. */
  surveyFailed(error: DocumentError): void {
    const message = describeSurveyError(this._lang, error,
      this._source.origin);
    if (error.code !== 'storage') {
      const issues = error.issues.map((i) => `${i.path}: ${i.message}`);
      warnOnce(`survey-${error.code}`, this,
        [message, ...issues].join(' '));
    }
    emit<SctmmErrorDetail>(this, 'sctmm-error', {
      code: error.code,
      message,
      issues: error.issues,
    });
  }

  /** @internal Called by the outbox after each attempt to send. */
  delivered({ response, accepted, status }: DeliveryOutcome): void {
    this._pending = this._sender.pending;
    if (accepted) {
      emit<PerceptionSentDetail>(this, 'sctmm-sent', {
        response,
        status: status ?? 200,
      });
    }
    const current = this._lastResponse?.id === response.id &&
      this._step === this._steps?.last;
    const state = accepted ? 'sent' : 'queued';
    const refused = !accepted && status !== undefined;
    const { state: was, refused: wasRefused } = this._delivery;
    if (!current || (was === state && wasRefused === refused)) return;
    this._delivery = { ...this._delivery, state, refused };
    this._announcement = deliveryText(this._t, this._delivery);
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'survey') this._source.attributeChanged();
  }

  private get _lang() {
    return langOf(this);
  }

  private get _t(): PerceptionSurveyMessages {
    return messages[this._lang];
  }

  private get _levels(): number {
    return levelCount(this._model);
  }

  private get _current(): SurveyAnswers {
    return { segment: this.segment, ratings: this.answers };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._pending = this._sender.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint')) this._pending = this._sender.pending;
    if (changed.has('retryDelay')) void this.retryDelaySeconds;
    if (changed.has('survey')) this._source.check();
    const active = this._source.survey;
    if (active !== this._active) {
      this._active = active;
      this._model = (active && modelForEdition(active.edition)) ??
        defaultModel;
      this._steps = active && new SurveySteps(active, this._model);
      if (active) this._adopt(active, true);
    } else if (active &&
      (changed.has('answers') || changed.has('segment'))) {
      this._adopt(active, false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('endpoint')) void this._sender.flush();
  }

  /**
   * Settles the answers and the step for the active survey: saved ones
   * first (when `restore`), then those set by property, keeping only
   * those that fit; the step never lies past an unanswered step.
   */
  private _adopt(survey: Survey, restore: boolean) {
    const saved = restore ? this._progress.restore(survey) : undefined;
    const restored = saved && readSaved(saved.answers, survey, this._levels);
    if (restore) this._responseId = restored?.responseId ?? newResponseId();
    this.segment = this.segment === undefined
      ? restored?.segment
      : readSegment(this.segment);
    this.answers = keepValidRatings(survey, this._levels, {
      ...restored?.ratings,
      ...this.answers,
    });

    const steps = this._steps!;
    if (this._step === steps.last) return;
    const step = Math.max(0, Math.min(saved?.step ?? this._step,
      steps.last - 1));
    const gap = steps.firstIncomplete(this._current, 0, steps.last);
    this._step = Math.min(step, gap ?? steps.last - 1);
    if (!restore) this._progress.save();
  }

  private _rate(id: string, rating: Rating) {
    this.answers = { ...this.answers, [id]: rating };
  }

  private _chooseSegment(segment: SegmentChoice) {
    this.segment = segment;
  }

  /** A move between steps; `moveFocus` for moves the user asked for. */
  private async _navigate(
    index: number,
    moveFocus: boolean,
  ): Promise<boolean> {
    const steps = this._steps;
    if (!steps || this._step === steps.last) return false;
    const move = planMove(this._step, index, steps.last,
      (from, to) => steps.firstIncomplete(this._current, from, to));
    if (!move) return false;
    const { arrived, blocked, moved } = move;
    if (moved && arrived === steps.last) {
      this._send(this._active!);
    } else {
      this._step = arrived;
      this._showErrors = blocked !== undefined;
      this._progress.save();
      if (moved) this._moved();
    }
    await this.updateComplete;

    if (moveFocus) {
      focusFirst(this.renderRoot,
        blocked === undefined ? '.step-heading' : '.error-summary');
    }
    return blocked === undefined;
  }

  /**
   * Sends the answers: the response goes into the outbox (when there is
   * an endpoint) before anything else, then the saved progress is
   * cleared and the host is told. Progress restored in two tabs carries
   * one id: a response whose id was already sent gets a new one.
   */
  private _send(survey: Survey) {
    if (wasSubmitted(this._responseId)) this._responseId = newResponseId();
    markSubmitted(this._responseId, !this.noPersist);
    const response = toResponse(survey, this._responseId, this._current,
      new Date());
    this._lastResponse = response;
    const savedOnDevice = this.endpoint
      ? this._sender.send(response)
      : false;
    this._delivery = {
      state: this.endpoint ? 'sending' : 'handed',
      savedOnDevice,
      refused: false,
    };
    this._progress.clear();
    this._step = this._steps!.last;
    this._showErrors = false;
    this._moved();
    emit<PerceptionSubmitDetail>(this, 'sctmm-submit', { response });
  }

  /** Marks a step change: guards against double clicks, announces it. */
  private _moved() {
    this._guard.moved();
    const steps = this._steps!;
    const step = fill(this._t.stepOf, {
      current: this._step + 1,
      total: steps.last + 1,
      title: steps.title(this._step, this._t, this._lang),
    });
    const delivery = this._step === steps.last
      ? deliveryText(this._t, this._delivery)
      : '';
    this._announcement = delivery ? `${step}. ${delivery}` : step;
  }

  private _context(survey: Survey): SurveyContext {
    return {
      lang: this._lang,
      t: this._t,
      survey,
      levels: this._levels,
      answers: this._current,
      showErrors: this._showErrors,
      chooseSegment: (segment) => this._chooseSegment(segment),
      rate: (id, rating) => this._rate(id, rating),
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
    const failure = this._source.failure;
    if (failure) {
      const message = describeSurveyError(this._lang, failure,
        this._source.origin);
      return renderLoadError(message, failure, {
        heading: this._t.errorHeading,
        advice: this._t.errorAdvice,
      });
    }
    if (!this._active) {
      return html`<p class="loading">${this._t.loading}</p>`;
    }
    return renderSurvey({
      ctx: this._context(this._active),
      steps: this._steps!,
      step: this._step,
      entityName: this.entityName,
      persisted: !this.noPersist && !this._storageFailed,
      storageFailed: this._storageFailed,
      delivery: this._delivery,
      pending: this._pending,
      guard: this._guard,
      go: (step) => void this._navigate(step, true),
      focusItem: (id) => focusItem(this.renderRoot, id),
      again: () => void this.restart(),
    });
  }
}
