import { LitElement, type PropertyValues } from 'lit';
import { levels2020 } from '../../engine/model/levels-2020.ts';
import type { IndexSnapshot } from '../../engine/schema/index-snapshot.ts';
import { issueToString } from '../../engine/schema/issues.ts';
import { parseSnapshot } from '../../engine/snapshot.ts';
import { todayIso } from '../shared/download.ts';
import { emit } from '../shared/events.ts';
import { langOf } from '../shared/localize.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import { warnOnce } from '../shared/warn.ts';
import type {
  IndexBadgeErrorDetail,
  IndexBadgeUpdateDetail,
} from './events.ts';
import { indexBadgeStyles } from './index-badge.styles.ts';
import {
  type Options,
  checkOptions,
  checkStatic,
  levelIssues,
  numberAttribute,
} from './internal/inputs.ts';
import type { BadgeFailure } from './internal/load-snapshot.ts';
import { SnapshotPoller } from './internal/poller.ts';
import { renderCard, renderFlat } from './internal/render.ts';
import { svgOfBadge } from './internal/svg-badge.ts';
import { type TextContext, failureMessage } from './internal/texts.ts';
import {
  type BadgeState,
  type BadgeView,
  type Source,
  dataFromSnapshot,
  dataFromStatic,
  resolveView,
} from './internal/view.ts';
import { messages } from './messages.ts';

export type { BadgeState, IndexSnapshot };

/**
 * The maturity index of an entity as a small badge, like those of
 * shields.io: "Índice CTI │ Nivel 4 · 3,8". It shows a score given in
 * attributes, or reads a published index snapshot from `src` and keeps
 * it current. It says when a value is partial or out of date, never
 * shows an old value as new, and reads as one full sentence to a screen
 * reader, date of measurement included.
 *
 * @summary The maturity index as a live, accessible badge.
 *
 * @tagname sctmm-index-badge
 *
 * @fires sctmm-update - A snapshot fetched from `src` brought a new
 *   value. Detail: `{ snapshot, stale }`.
 * @fires sctmm-error - The snapshot could not be fetched or used, or the
 *   attributes are invalid. Detail: `{ code, message, issues, reason,
 *   status }`: `code` is `network`, `http`, `not-json` or `schema`;
 *   `reason` is the same, or `timeout` (code `network`); `status` is the
 *   HTTP status for `http`.
 *
 * @csspart badge - The one-line badge (in both variants).
 * @csspart label - The badge's label, "Índice CTI".
 * @csspart value - The badge's value: "Nivel 4 · 3,8", or a state.
 * @csspart note - "parcial", "desactualizado", beside the value.
 * @csspart card - The card (`variant="card"`).
 * @csspart entity - The entity's name in the card.
 * @csspart level-name - The level and its name in the card.
 * @csspart parts - The list of the three measurements in the card.
 * @csspart part - One measurement of that list.
 * @csspart date - The date of measurement in the card.
 * @csspart message - A sentence of the card on the state of the value.
 * @csspart issues - The problems found in an invalid snapshot.
 * @csspart source - The link to the snapshot's `source` in the card.
 *
 * @cssprop --sctmm-badge-level-1-color - Value of level 1 (#9e3600);
 *   likewise `-2-` (#8a5a00), `-3-` (#5f6b00), `-4-` (#2e7d32), `-5-`
 *   (#00707a) and `-6-` (#004884). A 5-level edition spreads its levels
 *   over these six, first to last.
 * @cssprop --sctmm-badge-label-color - The label's background (#4b4b4b).
 * @cssprop --sctmm-badge-text-color - Text on those colours (#ffffff).
 * @cssprop --sctmm-badge-stale-color - A stale value's background
 *   (#767676).
 * @cssprop --sctmm-color-text - Card text and notes (#1f1f1f).
 * @cssprop --sctmm-color-muted - Secondary text (#4b4b4b).
 * @cssprop --sctmm-color-surface - Card and note background (#ffffff).
 * @cssprop --sctmm-color-surface-alt - The value while loading
 *   (#f2f5fb).
 * @cssprop --sctmm-color-border - Card, note and empty outlines
 *   (#767676).
 * @cssprop --sctmm-color-error - Errors (#a80521).
 * @cssprop --sctmm-color-primary-dark - The source link (#004884).
 * @cssprop --sctmm-font-family - Text font (Work Sans, then system).
 * @cssprop --sctmm-font-size - Base size (the user's default).
 * @cssprop --sctmm-radius - Corner radius (0.375em).
 * @cssprop --sctmm-space - The card's padding (1em).
 */
export class SctmmIndexBadge extends LitElement {
  static override styles = [baseStyles, indexBadgeStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    score: { converter: numberAttribute },
    level: { converter: numberAttribute },
    label: { type: String },
    entityName: { type: String, attribute: 'entity-name' },
    measuredAt: { type: String, attribute: 'measured-at' },
    src: { type: String },
    refresh: { converter: numberAttribute },
    timeout: { converter: numberAttribute },
    maxAge: { converter: numberAttribute, attribute: 'max-age' },
    variant: { type: String },
    snapshot: { attribute: false },
  };

  /**
   * The language, `es` (default) or `en`; attribute `lang`. When absent,
   * the nearest ancestor's `lang` is used.
   */
  declare lang: string;

  /**
   * The index score, in [0, L], for a badge without `src`; attribute
   * `score` ("3.8" or "3,8").
   */
  declare score: number | undefined;

  /**
   * The level of `score`; attribute `level`. Default: the level of the
   * score. A level that does not match the score is an error.
   */
  declare level: number | undefined;

  /** The badge's label; attribute `label`, default "Índice CTI". */
  declare label: string | undefined;

  /** The entity's name, for a badge without `src`; `entity-name`. */
  declare entityName: string | undefined;

  /**
   * The date of measurement (`YYYY-MM-DD`) of a badge without `src`;
   * attribute `measured-at`.
   */
  declare measuredAt: string | undefined;

  /** The URL of an index snapshot to show; attribute `src`. */
  declare src: string | undefined;

  /**
   * Seconds between two reads of `src`; attribute `refresh`. 0 (the
   * default) reads once; the least is 1. Failures double the wait, up
   * to 8 times `refresh` or an hour.
   */
  declare refresh: number;

  /** Seconds to wait for `src` to answer; attribute `timeout`, 10. */
  declare timeout: number;

  /**
   * Days after `measuredAt` when the value is shown as stale; attribute
   * `max-age`, default 400.
   */
  declare maxAge: number;

  /** `flat`, one line (default), or `card`; attribute `variant`. */
  declare variant: 'flat' | 'card';

  /**
   * An index snapshot (`sctmm/index-snapshot@1`) to show; property only.
   * It wins over `src` and `score`.
   */
  declare snapshot: IndexSnapshot | undefined;

  private _view: BadgeView = { state: 'empty', old: false };
  private _text!: TextContext;
  private _options!: Options;
  private _shownKey?: string;
  private _pending: (() => void)[] = [];

  private readonly _poller = new SnapshotPoller(this, {
    value: (snapshot) => this._onValue(snapshot),
    failure: (failure) => this._reportFailure(failure),
  });

  constructor() {
    super();
    this.refresh = 0;
    this.timeout = 10;
    this.maxAge = 400;
    this.variant = 'flat';
  }

  /** What the badge shows; also its `state` attribute (read-only). */
  get state(): BadgeState {
    return this._view.state;
  }

  /**
   * The flat badge as it is now, as a standalone SVG document with
   * `role="img"` and a `<title>`, for documents and READMEs.
   */
  toSVG(): string {
    return svgOfBadge(this._textContext());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._options = checkOptions(this, {
      refresh: this.refresh ?? 0,
      timeout: this.timeout ?? 10,
      maxAge: this.maxAge ?? 400,
      variant: this.variant,
    });
    const live = this.snapshot === undefined && this.src ? this.src : '';
    if (changed.has('src')) this._shownKey = undefined;
    this._poller.configure(live || undefined, this._options.refresh,
      this._options.timeout);

    const source = this._source();
    this._view = resolveView(source, this._options.maxAge, todayIso());
    this._text = this._textContext();
    this.setAttribute('state', this._view.state);
    const inputs = ['score', 'level', 'measuredAt', 'snapshot', 'src'] as
      const;
    if (source.kind === 'invalid' && inputs.some((p) => changed.has(p))) {
      this._reportFailure(source.failure);
    }
  }

  /** Where the value comes from, checked. */
  private _source(): Source {
    if (this.snapshot !== undefined) {
      const parsed = parseSnapshot(this.snapshot);
      return parsed.ok
        ? { kind: 'value', data: dataFromSnapshot(parsed.value),
          origin: 'property' }
        : { kind: 'invalid', origin: 'property',
          failure: { reason: 'schema', issues: parsed.issues } };
    }
    if (this.src) {
      const { snapshot, failure, loading } = this._poller;
      return { kind: 'live', loading,
        ...(snapshot ? { data: dataFromSnapshot(snapshot) } : {}),
        ...(failure ? { failure } : {}) };
    }
    if (this.score === undefined && this.level === undefined) {
      return { kind: 'empty' };
    }
    if (this.score === undefined) {
      return { kind: 'invalid', origin: 'attribute', failure: {
        reason: 'schema',
        issues: [
          { path: 'score', message: 'expected a score with the level' },
          ...levelIssues(this.level, levels2020.length),
        ],
      } };
    }
    const checked = checkStatic({
      score: this.score,
      ...(this.level === undefined ? {} : { level: this.level }),
      ...(this.measuredAt === undefined ? {} : { measuredAt: this.measuredAt }),
    }, levels2020.length);
    return checked.ok
      ? { kind: 'value', origin: 'attribute',
        data: dataFromStatic(checked.value, this.entityName) }
      : { kind: 'invalid', origin: 'attribute',
        failure: { reason: 'schema', issues: checked.issues } };
  }

  private _textContext(): TextContext {
    const lang = langOf(this);
    const t = messages[lang];
    return {
      lang,
      t,
      view: this._view,
      label: this.label || t.label,
      maxAge: this._options?.maxAge ?? 400,
      timeout: this._options?.timeout ?? 10,
      ...(this.src ? { src: this.src } : {}),
    };
  }

  private _onValue(snapshot: IndexSnapshot) {
    const key = JSON.stringify(snapshot);
    if (key === this._shownKey) return;
    this._shownKey = key;
    this._pending.push(() => emit<IndexBadgeUpdateDetail>(this,
      'sctmm-update', { snapshot, stale: this._view.old }));
  }

  /** Fires `sctmm-error` once the badge shows the failure, and warns. */
  private _reportFailure(failure: BadgeFailure) {
    this._pending.push(() => {
      const message = failureMessage(this._text, failure);
      const issues = failure.issues.map(issueToString).join('; ');
      const code = failure.reason === 'schema' || failure.reason ===
        'not-json' ? 'invalid-snapshot' : 'snapshot-unavailable';
      warnOnce(this._view.origin === 'attribute' ? 'invalid-attributes'
        : code, this, issues ? `${message} ${issues}` : message);
      emit<IndexBadgeErrorDetail>(this, 'sctmm-error', {
        code: failure.reason,
        message,
        issues: failure.issues,
        reason: failure.reason,
        ...(failure.status === undefined ? {} : { status: failure.status }),
      });
    });
  }

  protected override updated(): void {
    const pending = this._pending;
    this._pending = [];
    for (const fire of pending) fire();
  }

  protected override render() {
    return this._options.variant === 'card'
      ? renderCard(this._text)
      : renderFlat(this._text);
  }
}
