import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  ENDPOINTS,
  answerAll,
  inShadow,
  ready,
  surveyIn,
} from './support/survey.ts';
import { inPlace } from './support/wizard.ts';

const EVENTS = ['sctmm-submit', 'sctmm-sent', 'sctmm-error'];

/** A phone held upright; styleMap sets the width through the CSSOM. */
const phone = { maxWidth: '360px' };

/** Args named after the element's attributes, as a page author writes them. */
interface Attributes {
  lang: 'es' | 'en';
  'entity-name'?: string;
  survey?: string;
  'survey-src'?: string;
  endpoint?: string;
  'storage-key'?: string;
  'retry-delay'?: number;
  'no-persist': boolean;
}

// The Docs page takes the element's description and API from the Custom
// Elements Manifest (its JSDoc), so this meta has no doc comment of its own.
// Every story sets `no-persist`: answers given in one story never show up
// in another, and responses waiting to be sent stay in memory.
const meta = {
  title: 'Components/Perception survey',
  component: 'sctmm-perception-survey',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: EVENTS },
  },
  args: {
    lang: 'es',
    'entity-name': 'Alcaldía de San Isidro del Valle',
    'no-persist': true,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en'] },
  },
  render: (args) => html`
    <div style=${styleMap(phone)}>
      <sctmm-perception-survey
        lang=${args.lang}
        entity-name=${args['entity-name'] ?? nothing}
        survey=${args.survey ?? nothing}
        survey-src=${args['survey-src'] ?? nothing}
        endpoint=${args.endpoint ?? nothing}
        storage-key=${args['storage-key'] ?? nothing}
        retry-delay=${args['retry-delay'] ?? nothing}
        ?no-persist=${args['no-persist']}
      ></sctmm-perception-survey>
    </div>
  `,
} satisfies Meta<Attributes>;

export default meta;
type Story = StoryObj<Attributes>;

// A story whose state comes from its play function shows that state on the
// Docs page too, not the first step.
const autoplay = { docs: { story: { autoplay: true } } };

/**
 * The first step on a phone: what the survey is, that it collects no
 * personal data, and the respondent's segment of the quadruple helix.
 */
export const SegmentStep: Story = {
  name: 'Segment step',
};

/**
 * The segment chosen, the survey asks its first dimension: each statement
 * a radio group from "1 – Totalmente en desacuerdo" to "6 – Totalmente
 * de acuerdo", plus "No sé".
 */
export const DimensionStep: Story = {
  name: 'A dimension step',
  parameters: autoplay,
  play: async ({ canvasElement, viewMode }) => {
    const el = surveyIn(canvasElement);
    await ready(el);

    el.segment = 'academia';
    await el.updateComplete;
    await inPlace(el, viewMode, () => el.goToStep(1));

    await expect(el.step).toBe(1);
  },
};

/**
 * Next pressed on a dimension with nothing answered: the survey stays on
 * the step and lists the statements still to answer.
 */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  parameters: autoplay,
  play: async ({ canvasElement, viewMode }) => {
    const el = surveyIn(canvasElement);
    await ready(el);
    el.segment = 'public';
    await el.updateComplete;
    await inPlace(el, viewMode, () => el.goToStep(1));

    const next = inShadow<HTMLButtonElement>(el, '[part~="next"]');
    await inPlace(el, viewMode, () => userEvent.click(next));

    await expect(el.step).toBe(1);
    await waitFor(() => inShadow(el, '[part~="error-summary"]'));
  },
};

/** Sends every answer and waits until the element says `state`. */
function sendsAndShows(state: string): Story['play'] {
  return async ({ canvasElement, viewMode }) => {
    const el = surveyIn(canvasElement);
    await ready(el);
    await answerAll(el);

    await inPlace(el, viewMode, () => el.submit());

    await waitFor(() => expect(el.delivery).toBe(state), { timeout: 5000 });
  };
}

/**
 * The answers sent to an `endpoint` that took them (HTTP 201): the
 * thanks says they were sent, and `sctmm-sent` fired.
 */
export const ThankYouSent: Story = {
  name: 'Thank-you: sent',
  args: { endpoint: ENDPOINTS.accepts },
  parameters: autoplay,
  play: sendsAndShows('sent'),
};

/**
 * The answers sent with no connection: they wait in the outbox (here in
 * memory, as the story sets `no-persist`) and the thanks says they will
 * be sent when there is a connection.
 */
export const ThankYouQueued: Story = {
  name: 'Thank-you: waiting to be sent',
  args: { endpoint: ENDPOINTS.offline },
  parameters: autoplay,
  play: sendsAndShows('queued'),
};

/**
 * The `survey` attribute holds text that is not JSON: the element says
 * so, naming the attribute, and fires `sctmm-error` with code
 * `not-json`.
 */
export const BadJson: Story = {
  name: 'Bad survey: not JSON',
  args: { survey: '{ "format": "sctmm/survey@1", "id": ' },
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => inShadow(el, '[part~="error"][role="alert"]'));
    await expect(el.activeSurvey).toBeUndefined();
  },
};

/**
 * A survey of the 2021 edition, whose model has five levels, loaded from
 * `fixtures/survey-five-levels.json` through `survey-src`: five points
 * on each scale, plus "No sé".
 */
export const FiveLevels: Story = {
  name: 'Five-level edition',
  args: { 'survey-src': 'fixtures/survey-five-levels.json' },
  parameters: autoplay,
  play: async ({ canvasElement, viewMode }) => {
    const el = surveyIn(canvasElement);
    await ready(el);

    el.segment = 'private';
    await el.updateComplete;
    await inPlace(el, viewMode, () => el.goToStep(1));

    await expect(el.activeSurvey?.edition).toBe('2021');
  },
};

/** The same survey in English (`lang="en"`). */
export const English: Story = {
  args: { lang: 'en', 'entity-name': 'Municipality of San Isidro del Valle' },
};
