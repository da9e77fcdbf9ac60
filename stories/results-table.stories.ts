import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/components/results-table/define.ts';
import type {
  SctmmResultsTable,
} from '../src/components/results-table/results-table.ts';
import type { IndicatorSet } from '../src/engine/schema/indicators.ts';
import { demoIndicatorSet } from '../scripts/results-example/demo-set.ts';

const TAG = 'sctmm-results-table';

/** Args named after the element's attributes, as a page author writes them. */
interface Attributes {
  lang: 'es' | 'en';
  src?: string;
  edition?: string;
  dimension?: string;
  'sort-by'?: string;
  'sort-direction'?: 'ascending' | 'descending';
  indicators?: string;
}

// Storybook serves files, not a server that keeps a request open: this
// stand-in address never answers (until the story leaves), for the
// loading story only. Every other request goes through.
const NEVER = '__story/results-never';
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.includes(NEVER)) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(init.signal!.reason));
  });
};

function tableIn(canvasElement: HTMLElement): SctmmResultsTable {
  const el = canvasElement.querySelector<SctmmResultsTable>(TAG);
  if (!el) throw new Error(`the story rendered no <${TAG}>`);
  return el;
}

/** A play function that waits until the table is in `state`. */
const reaches = (state: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = tableIn(canvasElement);
    await waitFor(() => expect(el.getAttribute('state')).toBe(state),
      { timeout: 5000 });
  };

/**
 * The table with `args` as attributes and, when given, `set` as its
 * `indicators` property (the attribute is then left out).
 */
function table(args: Attributes, set?: IndicatorSet) {
  const { lang, src, edition, dimension } = args;
  const sortBy = args['sort-by'];
  const direction = args['sort-direction'];
  return set
    ? html`<sctmm-results-table lang=${lang} src=${src ?? nothing}
      dimension=${dimension ?? nothing} sort-by=${sortBy ?? nothing}
      sort-direction=${direction ?? nothing} .indicators=${set}>
      </sctmm-results-table>`
    : html`<sctmm-results-table lang=${lang} src=${src ?? nothing}
      edition=${edition ?? nothing} dimension=${dimension ?? nothing}
      sort-by=${sortBy ?? nothing} sort-direction=${direction ?? nothing}
      indicators=${args.indicators ?? nothing}></sctmm-results-table>`;
}

/** The demo's indicators whose ids are listed, in the demo's order. */
function demoWith(...ids: string[]): IndicatorSet {
  const set = demoIndicatorSet();
  return { ...set, indicators: set.indicators.filter((indicator) =>
    ids.includes(indicator.id)) };
}

/**
 * Indicators rated by the entity itself: two of the demo, and one that
 * has values but also a self-rating, which sets its level.
 */
function selfRated(): IndicatorSet {
  const set = demoWith('open-datasets', 'sports-and-culture-venues',
    'online-procedures');
  const justification = 'Los trámites de mayor demanda están en línea ' +
    'desde 2024, con firma digital.';
  return { ...set, indicators: set.indicators.map((indicator) =>
    indicator.id === 'online-procedures'
      ? { ...indicator, selfRated: { level: 5, justification } }
      : indicator) };
}

// The Docs page takes the element's description and API from the Custom
// Elements Manifest (its JSDoc), so this meta has no doc comment of its own.
const meta = {
  title: 'Components/Results table',
  component: TAG,
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['sctmm-load', 'sctmm-error'] },
  },
  args: { lang: 'es' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    'sort-direction': { control: 'inline-radio',
      options: ['ascending', 'descending'] },
  },
  render: (args) => table(args, demoIndicatorSet()),
} satisfies Meta<Attributes>;

export default meta;
type Story = StoryObj<Attributes>;

/**
 * The indicators of Alcaldía de San Isidro del Valle, a fictional
 * municipality: 25 indicators of the catalogue in the six dimensions,
 * given through the `indicators` property.
 */
export const Playground: Story = {
  name: 'San Isidro del Valle',
  play: reaches('ready'),
};

/** The same indicators in English: texts, numbers and periods. */
export const English: Story = {
  args: { lang: 'en' },
  play: reaches('ready'),
};

/**
 * From a CSV export as Colombian open-data portals publish it: `;`
 * between fields, decimal commas, Spanish headers
 * (`src="examples/indicator-set.csv"`).
 */
export const FromCsv: Story = {
  name: 'From a CSV src',
  args: { src: 'examples/indicator-set.csv' },
  render: (args) => table(args),
  play: reaches('ready'),
};

/** From the JSON indicator set (`src="examples/indicator-set.json"`). */
export const FromJson: Story = {
  name: 'From a JSON src',
  args: { src: 'examples/indicator-set.json' },
  render: (args) => table(args),
  play: reaches('ready'),
};

/** One dimension, sorted by level, as `dimension` and `sort-by` ask. */
export const FilteredAndSorted: Story = {
  name: 'Filtered and sorted',
  args: { dimension: 'environment', 'sort-by': 'level',
    'sort-direction': 'descending' },
  play: reaches('ready'),
};

/**
 * Missing values: a current value, a baseline and the peers unknown.
 * Each says "sin datos"; a row without a level says why.
 */
export const MissingValues: Story = {
  name: 'Missing values',
  render: (args) => table(args, demoWith('ghg-emissions-per-resident',
    'housing-shortfall', 'public-space-per-resident', 'homicide-rate')),
  play: reaches('ready'),
};

/**
 * Self-rated indicators (the model's alternative method): the level the
 * entity gave itself, with its justification under "Por qué".
 */
export const SelfRated: Story = {
  name: 'Self-rated indicators',
  render: (args) => table(args, selfRated()),
  play: reaches('ready'),
};

/** On a phone 360 px wide: the table scrolls inside its own region. */
export const Narrow: Story = {
  name: 'Narrow: 360 px',
  render: (args) => html`<div style=${styleMap({ maxWidth: '360px' })}>
    ${table(args, demoIndicatorSet())}</div>`,
  play: reaches('ready'),
};

/** Loading: `src` has not answered yet. */
export const Loading: Story = {
  args: { src: NEVER },
  render: (args) => table(args),
  play: reaches('loading'),
};

/** Empty: no `indicators` and no `src`. */
export const Empty: Story = {
  render: (args) => table(args),
  play: reaches('empty'),
};

/**
 * A CSV with rows that cannot be read: the readable rows are shown, the
 * others listed under "Detalles técnicos" and in `sctmm-load`'s detail.
 */
export const RowsLeftOut: Story = {
  name: 'CSV with unreadable rows',
  args: { src: 'fixtures/indicators-with-problems.csv' },
  render: (args) => table(args),
  play: reaches('ready'),
};

/** Error: `src` names a file the server does not have. */
export const NotFound: Story = {
  name: 'Error: src not found',
  args: { src: 'fixtures/does-not-exist.json' },
  render: (args) => table(args),
  play: reaches('error'),
};

/** Error: a document that is not a valid indicator set, issue by issue. */
export const InvalidDocument: Story = {
  name: 'Error: invalid document',
  args: { src: 'fixtures/invalid-indicator-set.json' },
  render: (args) => table(args),
  play: reaches('error'),
};

/** Error: the `indicators` attribute is not JSON. */
export const InvalidAttribute: Story = {
  name: 'Error: attribute not JSON',
  args: { indicators: '{ format: sctmm/indicator-set@1' },
  render: (args) => table(args),
  play: reaches('error'),
};

/**
 * Error: a set of the 2021 edition, whose model has 5 levels, scored
 * with the default rule, which gives up to level 6.
 */
export const RuleDoesNotFit: Story = {
  name: 'Error: the rule does not fit the 2021 edition',
  render: (args) => table(args, { ...demoIndicatorSet(), edition: '2021' }),
  play: reaches('error'),
};

/** The same 2021 set with a `rule` whose best level is 5. */
export const Edition2021: Story = {
  name: 'Edition 2021 with a fitting rule',
  render: (args) => html`<sctmm-results-table lang=${args.lang}
    .rule=${{ levels: { 'national-best': 5 } }}
    .indicators=${{ ...demoIndicatorSet(), edition: '2021' }}>
    </sctmm-results-table>`,
  play: reaches('ready'),
};
