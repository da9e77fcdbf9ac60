import { LitElement, type PropertyValues, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { assessmentToJson } from '../../engine/assessment-format.ts';
import { modelForEdition } from '../../engine/editions.ts';
import { defaultModel } from '../../engine/model/index.ts';
import type { Assessment } from '../../engine/schema/assessment.ts';
import type { Lang } from '../../engine/schema/common.ts';
import type { Instrument } from '../../engine/schema/instrument.ts';
import { issueToString } from '../../engine/schema/issues.ts';
import type { Roadmap, RoadmapStatus } from
  '../../engine/schema/roadmap.ts';
import { downloadFile } from '../shared/download.ts';
import { emit } from '../shared/events.ts';
import { headingLevelOf } from '../shared/heading.ts';
import { jsonConverter } from '../shared/json-attribute.ts';
import { renderLoadError } from '../shared/load-error.ts';
import { fill, langOf } from '../shared/localize.ts';
import { buttonStyles } from '../shared/buttons.styles.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import { warnOnce } from '../shared/warn.ts';
import type {
  MaturityReportErrorDetail,
  MaturityReportImportDetail,
  MaturityReportRoadmapDetail,
} from './events.ts';
import type { ReportContext } from './internal/context.ts';
import {
  type Failed,
  errorDetail,
  listedIssues,
} from './internal/error-detail.ts';
import { gapsFor } from './internal/gaps.ts';
import {
  type ImportStatus,
  importedStatus,
  refusedStatus,
  renderImportStatus,
} from './internal/import-status.ts';
import { type Outcome, fromFile, fromUrl, fromValue } from
  './internal/load.ts';
import { PageSetup } from './internal/page-setup.ts';
import { PrintOwner, printFrom } from './internal/print-owner.ts';
import { renderReport } from './internal/report.ts';
import { pickRoadmap, withStatus } from './internal/roadmap-state.ts';
import { RoadmapStore } from './internal/roadmap-store.ts';
import { slugOf } from './internal/slug.ts';
import { renderEmpty, renderLoading } from './internal/states.ts';
import { renderToolbar } from './internal/toolbar.ts';
import { type MaturityReportMessages, messages } from './messages.ts';
import { maturityReportStyles } from './maturity-report.styles.ts';
import { printStyles } from './print.styles.ts';

/**
 * One printable report with a whole maturity assessment of an entity: the
 * index and how it was made, radars of the dimensions and the enabling
 * axes, the three measurements with their levels, the weakest and
 * strongest parts, the model's seven-step roadmap with a status per
 * step, and what the next level asks of each axis. It scores nothing
 * itself: the engine checks, recomputes and ranks. A measurement not
 * taken is shown as missing, never as zero. It imports and exports the
 * `Assessment` JSON and prints on A4.
 *
 * @summary The whole assessment in one printable report, with roadmap.
 *
 * @tagname sctmm-maturity-report
 *
 * @fires sctmm-import - The user imported a file and the report shows
 *   it. Detail: `{ assessment, fileName, notes }`.
 * @fires sctmm-roadmap-change - The user set the status of a roadmap
 *   step. Detail: `{ step, status, roadmap }`.
 * @fires sctmm-error - The assessment could not be loaded or used, an
 *   imported file was refused (the report keeps what it showed), or the
 *   roadmap could not be saved. Detail: `{ code, message, issues,
 *   reason, origin, status }`.
 *
 * @csspart toolbar - The row of Import, Export and Print buttons.
 * @csspart import - The button that opens the file chooser.
 * @csspart export - The button that downloads the assessment as JSON.
 * @csspart print - The button that opens the print dialog.
 * @csspart import-status - What the last import gave.
 * @csspart header - The title, the entity, the date and the edition.
 * @csspart notes - How many values were recomputed when the assessment
 *   loaded, and which (in a disclosure that is not printed).
 * @csspart index - The index section.
 * @csspart badge - The index as `<sctmm-index-badge variant="card">`.
 * @csspart index-sentence - A sentence that explains the index.
 * @csspart radars - The section of the two radars.
 * @csspart radar - A `<sctmm-radar-chart>`.
 * @csspart measurements - The section of the three measurements.
 * @csspart measurement - One measurement.
 * @csspart missing - A measurement not taken and how to take it (once
 *   per measurement, in the measurements section).
 * @csspart scores-table - The dimensions and sub-dimensions table (it
 *   scrolls sideways inside its own region on a narrow screen).
 * @csspart strengths - The weakest and strongest parts.
 * @csspart weakest - The list of the weakest parts.
 * @csspart strongest - The list of the strongest parts.
 * @csspart roadmap - The roadmap section.
 * @csspart roadmap-step - One step of the roadmap.
 * @csspart next-level - The section on the next level of each axis.
 * @csspart axis-next - The axes at one level, and what the next asks.
 * @csspart footer - The entity, date and source; on paper, at the foot
 *   of every page (of one report per page: the one printing, else the
 *   first).
 * @csspart notice - The notice shown when the roadmap cannot be saved.
 * @csspart empty - The message shown before there is an assessment.
 * @csspart error - The message shown when the assessment is unusable.
 *
 * @cssprop --sctmm-report-radar-size - Largest width of a radar (24em).
 * @cssprop --sctmm-color-primary - Accents and chosen statuses (#3366cc).
 * @cssprop --sctmm-color-primary-dark - Headings and buttons (#004884).
 * @cssprop --sctmm-color-text - Body text (#1f1f1f).
 * @cssprop --sctmm-color-muted - Secondary text (#4b4b4b).
 * @cssprop --sctmm-color-surface - Background (#ffffff).
 * @cssprop --sctmm-color-surface-alt - Panels (#f2f5fb).
 * @cssprop --sctmm-color-border - Borders and rules (#767676).
 * @cssprop --sctmm-color-error - Errors (#a80521).
 * @cssprop --sctmm-color-success - Steps done (#066e30).
 * @cssprop --sctmm-color-focus - Focus ring (#ffbf47).
 * @cssprop --sctmm-font-family - Text font (Work Sans, then system).
 * @cssprop --sctmm-font-size - Base size (the user's default).
 * @cssprop --sctmm-radius - Corner radius (0.375em).
 * @cssprop --sctmm-space - Base spacing (1em).
 */
export class SctmmMaturityReport extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    maturityReportStyles,
    printStyles,
  ];

  static override properties = {
    lang: { type: String, reflect: true },
    src: { type: String },
    assessment: { converter: jsonConverter },
    edition: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    instrument: { attribute: false },
    _imported: { state: true, attribute: false },
    _roadmap: { state: true, attribute: false },
    _importStatus: { state: true, attribute: false },
    _storageFailed: { state: true, attribute: false },
  };

  /**
   * The language, `es` (default) or `en`; attribute `lang`. When absent,
   * the nearest ancestor's `lang` is used.
   */
  declare lang: string;

  /** The URL of an assessment JSON to show; attribute `src`. */
  declare src: string | undefined;

  /**
   * The assessment (`sctmm/assessment@1`) to show; property, or
   * attribute `assessment` as JSON. It wins over `src`; `null` or
   * `undefined` (the default) shows none.
   */
  declare assessment: unknown;

  /**
   * The edition of the model the report works in; attribute `edition`.
   * Default: each assessment's own. When set, an assessment of another
   * edition is carried over to it, or refused with the reason.
   */
  declare edition: string | undefined;

  /**
   * The localStorage key of the roadmap statuses; attribute
   * `storage-key`. Default: `sctmm-maturity-report:` and the entity's
   * DIVIPOLA code, else its name.
   */
  declare storageKey: string | undefined;

  /** Keeps roadmap statuses in memory only; `no-persist`, default off. */
  declare noPersist: boolean;

  /**
   * The level of the report's title, 1 to 4; attribute `heading-level`,
   * default 2. Sections are one level below, their parts two, so that
   * the report fits the outline of the page it is placed in.
   */
  declare headingLevel: number;

  /**
   * The capacity instrument the assessment's answers belong to, when it
   * is not the default one; property only. With it, the next-level
   * section lists what each capacity lacks.
   */
  declare instrument: Instrument | undefined;

  declare private _imported: Outcome | undefined;
  declare private _roadmap: Roadmap;
  declare private _importStatus: ImportStatus | undefined;
  declare private _storageFailed: boolean;

  private _attributeValue: unknown;
  private _given?: Outcome;
  private _shown?: Outcome | 'loading';
  private _settledFor?: Assessment;
  private _preferGiven = false;
  private _reported = new WeakSet<Outcome>();
  private _pending: (() => void)[] = [];
  private readonly _store = new RoadmapStore(this);

  private readonly _loader = new Task(this, {
    args: () => [this.assessment == null ? this.src ?? '' : '',
      this._edition] as const,
    task: ([src, edition], { signal }) =>
      src ? fromUrl(src, signal, edition) : Promise.resolve(undefined),
  });

  constructor() {
    super();
    this.noPersist = false;
    this.headingLevel = 2;
    this._roadmap = { steps: {} };
    this._storageFailed = false;
    this.addController(new PageSetup());
    new PrintOwner(this);
  }

  /** The assessment shown, with its roadmap, as an `Assessment`. */
  exportAssessment(): Assessment | undefined {
    const shown = this._ready;
    return shown && { ...shown.assessment, roadmap: this._roadmap };
  }

  /**
   * Imports an assessment file (up to 5 MB). Resolves to whether the
   * report now shows it; a file that cannot be used leaves the report
   * as it was and says why.
   */
  async importFile(file: File): Promise<boolean> {
    const outcome = await fromFile(file, this._edition);
    if (!outcome.ok) {
      this._refuse(outcome);
      return false;
    }

    this._preferGiven = true;
    this._imported = outcome;
    await this.updateComplete;

    const shown = this._ready;
    if (shown !== outcome) return false;
    this._importStatus = importedStatus(this._t, this._lang, file.name,
      outcome);
    emit<MaturityReportImportDetail>(this, 'sctmm-import', {
      assessment: { ...shown.assessment, roadmap: this._roadmap },
      fileName: file.name,
      notes: outcome.notes,
    });
    return true;
  }

  /** Says why a file was refused, and tells the page. */
  private _refuse(outcome: Failed) {
    const detail = errorDetail(this._lang, outcome);
    this._importStatus = refusedStatus(this._t, detail, !!this._ready);
    this._pending.push(() => this._emitError(detail));
  }

  /** @internal Called when the roadmap could not be saved. */
  setStorageFailed(): void {
    if (this._storageFailed) return;
    this._storageFailed = true;
    this._pending.push(() => this._emitError({
      code: 'storage', reason: 'storage', origin: 'storage', issues: [],
      message: this._t.storageNotice }));
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'assessment') this._attributeValue = this.assessment;
  }

  private get _lang(): Lang {
    return langOf(this);
  }

  private get _t(): MaturityReportMessages {
    return messages[this._lang];
  }

  /** The `edition` attribute when the library has it. */
  private get _edition(): string | undefined {
    return this.edition && modelForEdition(this.edition)
      ? this.edition : undefined;
  }

  /** What is shown, when it is an assessment. */
  private get _ready() {
    const shown = this._shown;
    return shown && shown !== 'loading' && shown.ok ? shown : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['assessment', 'src', 'edition'] as const;
    if (inputs.some((name) => changed.has(name))) {
      this._imported = undefined;
      this._given = this._fromInputs();
    }
    this._shown = this._resolve();
    const shown = this._shown;
    if (shown === 'loading' || !shown) return;
    if (!shown.ok) this._reportFailure(shown);
    else if (shown.assessment !== this._settledFor) this._settle(shown);
  }

  /** The edition attribute's failure, else the `assessment` given. */
  private _fromInputs(): Outcome | undefined {
    if (this.edition && !this._edition) {
      return { ok: false, origin: 'attribute', source: 'edition',
        failure: { kind: 'edition', edition: this.edition } };
    }
    if (this.assessment == null) return undefined;
    const origin = this.assessment === this._attributeValue ? 'attribute'
      : 'property';
    return fromValue(this.assessment, origin, 'assessment', this._edition);
  }

  /**
   * What to show: a file the user imported first (it was read in its
   * own edition when the `edition` attribute is unusable), then the
   * `edition` attribute's failure, then the `assessment` or `src`.
   */
  private _resolve(): Outcome | 'loading' | undefined {
    if (this._imported) return this._imported;
    if (this._given && !this._given.ok &&
      this._given.failure.kind === 'edition') return this._given;
    if (this.assessment != null) return this._given;
    if (!this.src) return undefined;
    if (this._loader.status === TaskStatus.ERROR) {
      return { ok: false, origin: 'src', source: this.src,
        failure: { kind: 'fetch', code: 'network' } };
    }
    return this._loader.status === TaskStatus.COMPLETE
      ? this._loader.value : 'loading';
  }

  /** Settles the roadmap of a newly shown assessment. */
  private _settle(shown: Extract<Outcome, { ok: true }>) {
    const { assessment } = shown;
    const saved = this._store.load(assessment.entity);
    this._roadmap = pickRoadmap(assessment.roadmap, saved,
      this._preferGiven);
    if (this._preferGiven && assessment.roadmap) {
      this._store.save(assessment.entity, this._roadmap);
    }
    this._settledFor = assessment;
    this._preferGiven = false;
  }

  private _setStatus(step: string, status: RoadmapStatus) {
    const shown = this._ready;
    if (!shown) return;
    this._roadmap = withStatus(this._roadmap, step, status);
    this._store.save(shown.assessment.entity, this._roadmap,
      shown.assessment.roadmap?.updatedAt);
    emit<MaturityReportRoadmapDetail>(this, 'sctmm-roadmap-change', {
      step, status, roadmap: this._roadmap });
  }

  /** Fires `sctmm-error` once the failure shows, and warns once. */
  private _reportFailure(outcome: Failed) {
    if (this._reported.has(outcome)) return;
    this._reported.add(outcome);
    const detail = errorDetail(this._lang, outcome);
    this._pending.push(() => {
      warnOnce('unusable-assessment', this, [detail.message,
        ...detail.issues.map(issueToString)].join(' '));
      this._emitError(detail);
    });
  }

  private _emitError(detail: MaturityReportErrorDetail) {
    emit<MaturityReportErrorDetail>(this, 'sctmm-error', detail);
  }

  private _download() {
    const assessment = this.exportAssessment();
    if (!assessment) return;
    const name = fill(this._t.fileName, {
      entity: slugOf(assessment.entity.name),
      date: assessment.measuredAt,
    });
    downloadFile(name, assessmentToJson(assessment), 'application/json');
  }

  protected override updated(): void {
    const pending = this._pending;
    this._pending = [];
    for (const fire of pending) fire();
  }

  protected override render() {
    const toolbar = renderToolbar(this._t, {
      file: (file) => void this.importFile(file),
      exportJson: () => this._download(),
      print: () => printFrom(this),
    }, !!this._ready);
    return html`${toolbar}${renderImportStatus(this._importStatus)}${
      this._renderBody()}`;
  }

  private _renderBody() {
    const t = this._t;
    const shown = this._shown;
    const headingLevel = headingLevelOf(this, this.headingLevel, 2, 4);
    if (!shown) return renderEmpty(t, headingLevel);
    if (shown === 'loading') return renderLoading(t);
    if (!shown.ok) {
      const detail = errorDetail(this._lang, shown);
      return renderLoadError(detail.message,
        { issues: listedIssues(detail) }, { headingLevel,
        heading: t.errorHeading, advice: t.errorAdvice });
    }
    const { assessment } = shown;
    const ctx: ReportContext = {
      lang: this._lang,
      t,
      model: modelForEdition(assessment.edition) ?? defaultModel,
      assessment,
      headingLevel,
    };
    return renderReport(ctx, shown, {
      roadmap: this._roadmap,
      onStatus: (step, status) => this._setStatus(step, status),
      unsaved: this._storageFailed,
      persisted: !this.noPersist && !this._storageFailed,
      gaps: gapsFor(this, ctx),
    });
  }
}
