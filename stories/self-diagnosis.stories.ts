import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defaultInstrument } from '../src/engine/index.ts';
import {
  answersFor,
  axisStep,
  goTo,
  inPlace,
  inShadow,
  ready,
  resultStep,
  wizardIn,
} from './support/wizard.ts';

const EVENTS = ['sctmm-change', 'sctmm-complete', 'sctmm-error'];

/** Args named after the element's attributes, as a page author writes them. */
interface Attributes {
  lang: 'es' | 'en';
  'entity-name'?: string;
  'instrument-src'?: string;
  'storage-key'?: string;
  'no-persist': boolean;
}

// The Docs page takes the element's description and API from the Custom
// Elements Manifest (its JSDoc), so this meta has no doc comment of its own.
// Every story sets `no-persist`: answers given in one story never show up
// in another.
const meta = {
  title: 'Components/Self-diagnosis',
  component: 'sctmm-self-diagnosis',
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
    <sctmm-self-diagnosis
      lang=${args.lang}
      entity-name=${args['entity-name'] ?? nothing}
      instrument-src=${args['instrument-src'] ?? nothing}
      storage-key=${args['storage-key'] ?? nothing}
      ?no-persist=${args['no-persist']}
    ></sctmm-self-diagnosis>
  `,
} satisfies Meta<Attributes>;

export default meta;
type Story = StoryObj<Attributes>;

// A story whose state comes from its play function shows that state on the
// Docs page too, not the introduction.
const autoplay = { docs: { story: { autoplay: true } } };

/** The first screen: what the self-diagnosis is and how long it takes. */
export const Intro: Story = {};

/**
 * Half-way through: the first axis is answered (through the `responses`
 * property) and the wizard shows the second axis (`goToStep(2)`).
 */
export const MidWay: Story = {
  name: 'Mid-way',
  parameters: autoplay,
  play: async ({ canvasElement, viewMode }) => {
    const el = wizardIn(canvasElement);
    await ready(el);

    el.responses = answersFor(defaultInstrument, 1);
    await el.updateComplete;
    await goTo(el, axisStep(1), viewMode);
  },
};

/**
 * Next pressed on an axis with nothing answered: the wizard stays on the
 * step and says which questions are missing.
 */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  parameters: autoplay,
  play: async ({ canvasElement, viewMode }) => {
    const el = wizardIn(canvasElement);
    await ready(el);
    await goTo(el, axisStep(0), viewMode);

    const next = inShadow<HTMLButtonElement>(el, '[part~="next"]');
    await inPlace(el, viewMode, () => userEvent.click(next));

    await expect(el.step).toBe(axisStep(0));
    await waitFor(() => inShadow(el, '[part~="error-summary"]'));
  },
};

/**
 * Every capacity answered (axes at levels 2, 3, 4, 5 and 3): the result,
 * with the level of each axis and of the entity.
 */
export const Result: Story = {
  parameters: autoplay,
  play: async ({ canvasElement, viewMode }) => {
    const el = wizardIn(canvasElement);
    await ready(el);

    el.responses = answersFor(defaultInstrument);
    await el.updateComplete;
    await goTo(el, resultStep(defaultInstrument), viewMode);

    await expect(el.result).toBeTruthy();
  },
};

/** The same wizard in English (`lang="en"`). */
export const English: Story = {
  args: { lang: 'en', 'entity-name': 'Municipality of San Isidro del Valle' },
};

/** Waits for the message that replaces the wizard when it has no instrument. */
const showsLoadError: Story['play'] = async ({ canvasElement }) => {
  const el = wizardIn(canvasElement);
  await waitFor(() => inShadow(el, '[part~="error"][role="alert"]'), {
    timeout: 5000,
  });
  await expect(el.result).toBeUndefined();
};

/**
 * `instrument-src` names a file that does not exist: the element shows a
 * localized error and fires `sctmm-error` with code `http`.
 */
export const BadInstrumentNotFound: Story = {
  name: 'Bad instrument: not found',
  args: { 'instrument-src': 'fixtures/does-not-exist.json' },
  play: showsLoadError,
};

/**
 * `instrument-src` names a file that is not JSON (it stops half-way): the
 * element shows a localized error and fires `sctmm-error` with code
 * `not-json`.
 */
export const BadInstrumentMalformed: Story = {
  name: 'Bad instrument: malformed JSON',
  args: { 'instrument-src': 'fixtures/malformed-instrument.json' },
  play: showsLoadError,
};

/**
 * `instrument-src` names JSON that breaks the instrument format (one
 * level, no axes, an id that is not kebab-case, no English title): the
 * element lists the problems and fires `sctmm-error` with code `schema`.
 */
export const BadInstrumentInvalid: Story = {
  name: 'Bad instrument: invalid format',
  args: { 'instrument-src': 'fixtures/invalid-instrument.json' },
  play: showsLoadError,
};

/**
 * An instrument of the checklist kind, loaded from
 * `examples/checklist-instrument.json`: statements tagged with a level,
 * each answered met or not met.
 */
export const Checklist: Story = {
  name: 'Checklist instrument',
  args: { 'instrument-src': 'examples/checklist-instrument.json' },
  play: async ({ canvasElement }) => {
    await ready(wizardIn(canvasElement));
  },
};
