import { html, nothing } from 'lit';
import { SEGMENT_LABELS } from '../../../engine/perception-labels.ts';
import type { SegmentKey } from '../../../engine/schema/perception.ts';
import { SEGMENTS } from '../../../engine/schema/survey.ts';
import { fill } from '../../shared/localize.ts';
import {
  type Choice,
  renderRadioGroup,
} from '../../shared/wizard/choices.ts';
import { SEGMENT_ID } from './answers.ts';
import type { SurveyContext } from './context.ts';

/** What the first step says about the survey around the question. */
export interface SurveyAbout {
  entityName?: string;
  /** Whether answers are saved on the device as they are given. */
  persisted: boolean;
  /** The number of dimensions the survey asks about. */
  themes: number;
}

/** The segment question: the four segments and "prefer not to say". */
export function renderSegmentQuestion(ctx: SurveyContext) {
  const { t, lang, answers } = ctx;
  const choices: Choice<SegmentKey>[] = SEGMENTS.map((segment) => ({
    value: segment,
    label: SEGMENT_LABELS[segment][lang],
  }));
  choices.push({ value: 'unspecified', label: t.segmentNone,
    className: 'none' });
  const current = answers.segment === null ? 'unspecified'
    : answers.segment;

  return renderRadioGroup<SegmentKey>({
    id: SEGMENT_ID,
    kind: 'question',
    legend: html`<span class="question-title">${t.segmentLegend}</span>`,
    help: html`<p class="help">${t.segmentHelp}</p>`,
    choices,
    current,
    error: ctx.showErrors ? t.fieldError : undefined,
    answer: (value) =>
      ctx.chooseSegment(value === 'unspecified' ? null : value),
  });
}

/**
 * The first step: what the survey is, that it collects no personal
 * data, how long it takes, where answers stay, then the segment.
 */
export function renderSegmentStep(ctx: SurveyContext, about: SurveyAbout) {
  const { t, lang, survey } = ctx;
  const count = survey.statements.length;
  return html`<p class="lead">${survey.title[lang]}</p>
    ${survey.intro ? html`<p>${survey.intro[lang]}</p>` : nothing}
    <p class="privacy" part="privacy">${t.privacy}</p>
    ${about.entityName
      ? html`<p>${fill(t.entity, { name: about.entityName })}</p>`
      : nothing}
    <p>${fill(t.size, {
      count,
      themes: about.themes,
      minutes: Math.max(2, Math.round(count / 4)),
    })}</p>
    <p>${about.persisted ? t.persisted : t.notPersisted}</p>
    ${renderSegmentQuestion(ctx)}`;
}
