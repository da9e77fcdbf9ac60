import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/components/index-badge/define.ts';
import { capacityAssessment } from '../src/engine/assessment.ts';
import { scoreCapacity } from '../src/engine/capacity.ts';
import { defaultInstrument } from '../src/engine/model/index.ts';
import { snapshotFromAssessment } from '../src/engine/snapshot.ts';
import type {
  SctmmIndexBadge,
} from '../src/components/index-badge/index-badge.ts';

const TAG = 'sctmm-index-badge';

/** The snapshot of the demo's fictional municipality, served by Storybook. */
const EXAMPLE = 'examples/index-snapshot.json';

/** Args named after the element's attributes, as a page author writes them. */
interface Attributes {
  lang: 'es' | 'en';
  variant: 'flat' | 'card';
  score?: string;
  level?: string;
  label?: string;
  'entity-name'?: string;
  'measured-at'?: string;
  src?: string;
  refresh?: number;
  timeout?: number;
  'max-age'?: number;
}

// Storybook serves files, not a server that fails on cue. Two stand-in
// addresses play one, for these stories only: `__story/never` never
// answers (until the badge gives up or leaves), `__story/fails-later`
// gives the example once, then 503. Every other request goes through.
const realFetch = globalThis.fetch.bind(globalThis);
const served = new Map<string, number>();
globalThis.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.includes('__story/never')) {
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(init.signal!.reason));
    });
  }
  if (url.includes('__story/fails-later')) {
    const count = (served.get(url) ?? 0) + 1;
    served.set(url, count);
    return count === 1 ? realFetch(EXAMPLE, init)
      : new Response('Service Unavailable', { status: 503 });
  }
  return realFetch(input, init);
};

/** Forgets what a stand-in served to `src`, so its story starts afresh. */
const afresh: NonNullable<Meta<Attributes>['decorators']> = [
  (story, { args }) => {
    served.delete(String(args.src));
    return story();
  },
];

function badgeIn(canvasElement: HTMLElement): SctmmIndexBadge {
  const el = canvasElement.querySelector<SctmmIndexBadge>(TAG);
  if (!el) throw new Error(`the story rendered no <${TAG}>`);
  return el;
}

/** A play function that waits until the badge is in `state`. */
const reaches = (state: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = badgeIn(canvasElement);
    await waitFor(() => expect(el.getAttribute('state')).toBe(state),
      { timeout: 5000 });
  };

const badge = (args: Attributes) => html`<sctmm-index-badge
  lang=${args.lang}
  variant=${args.variant}
  score=${args.score ?? nothing}
  level=${args.level ?? nothing}
  label=${args.label ?? nothing}
  entity-name=${args['entity-name'] ?? nothing}
  measured-at=${args['measured-at'] ?? nothing}
  src=${args.src ?? nothing}
  refresh=${args.refresh ?? nothing}
  timeout=${args.timeout ?? nothing}
  max-age=${args['max-age'] ?? nothing}
></sctmm-index-badge>`;

/** A column of badges, one under the other; set through the CSSOM. */
const column = { display: 'grid', gap: '0.5em', justifyItems: 'start' };

// The Docs page takes the element's description and API from the Custom
// Elements Manifest (its JSDoc), so this meta has no doc comment of its own.
const meta = {
  title: 'Components/Index badge',
  component: TAG,
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['sctmm-update', 'sctmm-error'] },
  },
  args: {
    lang: 'es',
    variant: 'flat',
    src: EXAMPLE,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    variant: { control: 'inline-radio', options: ['flat', 'card'] },
  },
  render: (args) => badge(args),
} satisfies Meta<Attributes>;

export default meta;
type Story = StoryObj<Attributes>;

const autoplay = { docs: { story: { autoplay: true } } };

/**
 * Live: the badge reads the snapshot a portal publishes
 * (`src="examples/index-snapshot.json"`) and shows the index.
 */
export const Live: Story = {
  name: 'Live from src',
  play: reaches('ready'),
};

/** The same snapshot as a card: entity, level name, parts and date. */
export const LiveCard: Story = {
  name: 'Live from src, card',
  args: { variant: 'card' },
  play: reaches('ready'),
};

/** Static: the score (and entity and date) in attributes, no request. */
export const Static: Story = {
  name: 'Static from attributes',
  args: {
    src: undefined,
    score: '3,8',
    'entity-name': 'Alcaldía de San Isidro del Valle',
    'measured-at': '2026-11-30',
  },
  play: reaches('ready'),
};

/** Static, as a card: no parts, since attributes give only the index. */
export const StaticCard: Story = {
  name: 'Static, card',
  args: { ...Static.args, variant: 'card' },
  play: reaches('ready'),
};

/** A self-diagnosis with every question answered at level 3 or 4. */
function selfDiagnosisSnapshot() {
  const responses = Object.fromEntries(defaultInstrument.axes
    .flatMap((axis) => axis.capacities)
    .map((capacity, i) => [capacity.id, i % 2 ? 4 : 3]));
  const assessment = capacityAssessment({
    result: scoreCapacity(defaultInstrument, responses),
    instrument: defaultInstrument,
    entity: { name: 'Alcaldía de San Isidro del Valle' },
    measuredAt: '2026-11-30',
  });
  return snapshotFromAssessment(assessment) ?? undefined;
}

/**
 * Partial: the snapshot of a self-diagnosis (`snapshotFromAssessment`),
 * given through the `snapshot` property. Only capacity was measured, so
 * the badge says "parcial" and the card names what is missing.
 */
export const Partial: Story = {
  name: 'Partial: capacity only, card',
  args: { src: undefined, variant: 'card' },
  render: (args) => html`<sctmm-index-badge lang=${args.lang}
    variant=${args.variant} .snapshot=${selfDiagnosisSnapshot()}>
    </sctmm-index-badge>`,
  play: reaches('ready'),
};

/**
 * `toSVG()`: the flat badge as a standalone SVG, shown here as an image
 * (a data URL) under the element, as a README or a document would show
 * it.
 */
export const AsSvg: Story = {
  name: 'toSVG() as an image',
  parameters: autoplay,
  play: async (context) => {
    await reaches('ready')!(context);
    const el = badgeIn(context.canvasElement);
    const svg = el.toSVG();
    const image = document.createElement('img');
    image.alt = new DOMParser().parseFromString(svg, 'image/svg+xml')
      .querySelector('title')?.textContent ?? '';
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    image.style.display = 'block';
    image.style.marginTop = '1em';
    el.after(image);
    await waitFor(() => expect(image.naturalWidth).toBeGreaterThan(0));
  },
};

/** Every level, 1 to 6, each with its colour. */
export const Levels: Story = {
  name: 'Levels 1 to 6',
  render: (args) => html`<div style=${styleMap(column)}>
    ${['0,8', '1,9', '2,7', '3,8', '4,6', '5,9'].map((score) =>
      html`<sctmm-index-badge lang=${args.lang} score=${score}>
        </sctmm-index-badge>`)}</div>`,
};

/** Empty: no `score` and no `src` yet. */
export const Empty: Story = {
  args: { src: undefined },
  play: reaches('empty'),
};

/** Loading: the first answer of `src` has not come yet. */
export const Loading: Story = {
  args: { src: '__story/never', timeout: 600 },
  play: reaches('loading'),
};

/** Loading, as a card. */
export const LoadingCard: Story = {
  name: 'Loading, card',
  args: { ...Loading.args, variant: 'card' },
  play: reaches('loading'),
};

/**
 * Stale by age: measured more than `max-age` days ago (400 by default),
 * so the value is kept but marked "desactualizado".
 */
export const StaleByAge: Story = {
  name: 'Stale: older than max-age',
  args: { src: undefined, score: '3,8', 'measured-at': '2024-01-15',
    'entity-name': 'Alcaldía de San Isidro del Valle' },
  play: reaches('stale'),
};

/**
 * Stale after a failed refresh (`refresh="1"`): the server answered
 * once, then 503; the last good value stays, marked stale, and the card
 * says why. `sctmm-error` fires with code `http`.
 */
export const StaleAfterRefresh: Story = {
  name: 'Stale: a refresh failed, card',
  parameters: autoplay,
  decorators: afresh,
  args: { src: '__story/fails-later?story=card', refresh: 1,
    variant: 'card' },
  play: reaches('stale'),
};

/** The same, flat. */
export const StaleAfterRefreshFlat: Story = {
  name: 'Stale: a refresh failed',
  parameters: autoplay,
  decorators: afresh,
  args: { src: '__story/fails-later?story=flat', refresh: 1 },
  play: reaches('stale'),
};

/**
 * Error: `src` names a file that does not exist; nothing good to show,
 * so the badge says "error 404" and fires `sctmm-error` (`http`).
 */
export const NotFound: Story = {
  name: 'Error: not found',
  args: { src: 'fixtures/does-not-exist.json' },
  play: reaches('error'),
};

/** The same error as a card, with the full sentence. */
export const NotFoundCard: Story = {
  name: 'Error: not found, card',
  args: { ...NotFound.args, variant: 'card' },
  play: reaches('error'),
};

/**
 * Error: `src` is JSON but not an index snapshot (here, a questionnaire);
 * the card lists the problems found, by path.
 */
export const NotASnapshot: Story = {
  name: 'Error: not a snapshot, card',
  args: { src: 'fixtures/invalid-instrument.json', variant: 'card' },
  play: reaches('error'),
};

/** Error: `score="alto"` is not a number. */
export const InvalidScore: Story = {
  name: 'Error: invalid score',
  args: { src: undefined, score: 'alto' },
  play: reaches('error'),
};

/** In English (`lang="en"`), live. */
export const English: Story = {
  args: { lang: 'en' },
  play: reaches('ready'),
};

/** In English, as a card. */
export const EnglishCard: Story = {
  name: 'English, card',
  args: { lang: 'en', variant: 'card' },
  play: reaches('ready'),
};

/** In English, stale after a failed refresh. */
export const EnglishStale: Story = {
  name: 'English, stale',
  parameters: autoplay,
  decorators: afresh,
  args: { lang: 'en', src: '__story/fails-later?story=en', refresh: 1 },
  play: reaches('stale'),
};

/** In English, an error. */
export const EnglishError: Story = {
  name: 'English, error',
  args: { lang: 'en', ...NotFound.args },
  play: reaches('error'),
};

/**
 * Themed through custom properties on an ancestor: the label, the
 * colour of level 4, the font and the radius.
 */
export const Themed: Story = {
  render: (args) => html`<style>
      .badge-theme {
        --sctmm-badge-label-color: #004884;
        --sctmm-badge-level-4-color: #3d2b91;
        --sctmm-radius: 0;
        --sctmm-font-family: Georgia, serif;
      }
    </style>
    <div class="badge-theme">${badge(args)}</div>`,
  play: reaches('ready'),
};
