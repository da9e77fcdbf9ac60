import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/components/maturity-report/define.ts';
import type {
  SctmmMaturityReport,
} from '../src/components/maturity-report/maturity-report.ts';
import { capacityAssessment } from '../src/engine/assessment.ts';
import { scoreCapacity } from '../src/engine/capacity.ts';
import { defaultInstrument } from '../src/engine/model/index.ts';

const TAG = 'sctmm-maturity-report';

/** The complete assessment of the demo's municipality, served by Storybook. */
const EXAMPLE = 'examples/assessment.json';

/** Args named after the element's attributes, and the one property. */
interface Attributes {
  lang: 'es' | 'en';
  src?: string;
  edition?: string;
  'storage-key'?: string;
  'no-persist': boolean;
  'heading-level'?: number;
  /** The `assessment` property, for stories that build one. */
  assessment?: unknown;
}

function reportIn(canvasElement: HTMLElement): SctmmMaturityReport {
  const el = canvasElement.querySelector<SctmmMaturityReport>(TAG);
  if (!el) throw new Error(`the story rendered no <${TAG}>`);
  return el;
}

/** A play function that waits for `selector` in the report. */
const shows = (selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = reportIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector(selector))
      .not.toBeNull(), { timeout: 5000 });
  };

/**
 * The self-diagnosis of the fictional municipality, as the wizard
 * exports it: every rubric answered at level 2, 3 or 4, the answers
 * included, so the report can say what each capacity lacks.
 */
function selfDiagnosisOnly() {
  const responses = Object.fromEntries(defaultInstrument.axes
    .flatMap((axis) => axis.capacities)
    .map((capacity, i) => [capacity.id, 2 + (i % 3)]));
  return capacityAssessment({
    result: scoreCapacity(defaultInstrument, responses),
    instrument: defaultInstrument,
    entity: { name: 'Alcaldía de San Isidro del Valle' },
    measuredAt: '2026-11-30',
    responses,
  });
}

// The Docs page takes the element's description and API from the Custom
// Elements Manifest (its JSDoc), so this meta has no doc comment of its own.
// Every story sets `no-persist`: statuses set in one story never show up
// in another.
const meta = {
  title: 'Components/Maturity report',
  component: TAG,
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: {
      handles: ['sctmm-import', 'sctmm-roadmap-change', 'sctmm-error'],
    },
  },
  args: {
    lang: 'es',
    src: EXAMPLE,
    'no-persist': true,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    'heading-level': { control: { type: 'number', min: 1, max: 4 } },
    assessment: { control: false },
  },
  render: (args) => html`<sctmm-maturity-report
    lang=${args.lang}
    src=${args.src ?? nothing}
    edition=${args.edition ?? nothing}
    storage-key=${args['storage-key'] ?? nothing}
    ?no-persist=${args['no-persist']}
    heading-level=${args['heading-level'] ?? nothing}
    .assessment=${args.assessment}
  ></sctmm-maturity-report>`,
} satisfies Meta<Attributes>;

export default meta;
type Story = StoryObj<Attributes>;

/**
 * A complete fictional municipality, Alcaldía de San Isidro del Valle
 * (DIVIPOLA 76999, made up): perception from 412 respondents, results
 * and the capacity self-diagnosis, read from `examples/assessment.json`,
 * with a roadmap under way.
 */
export const Complete: Story = {
  name: 'Complete municipality',
  play: shows('[part~="roadmap"]'),
};

/**
 * Only the self-diagnosis, given through the `assessment` property: the
 * index is partial, perception and results are shown as missing with
 * how to take them, and the next-level section lists what each
 * capacity lacks, from the answers the assessment carries.
 */
export const SelfDiagnosisOnly: Story = {
  name: 'Self-diagnosis only',
  args: { src: undefined, assessment: selfDiagnosisOnly() },
  play: shows('[part~="missing"]'),
};

/** The complete municipality in English (`lang="en"`). */
export const English: Story = {
  args: { lang: 'en' },
  play: shows('[part~="roadmap"]'),
};

/**
 * In a page whose outline already has its own `h2` sections:
 * `heading-level="3"` makes the title an `h3`, the sections `h4` and
 * their parts `h5`.
 */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: shows('h3.title'),
};

/** No assessment yet: the report asks for a file to import. */
export const Empty: Story = {
  name: 'No assessment yet',
  args: { src: undefined },
  play: shows('[part~="empty"]'),
};

/**
 * `src` names a file that does not exist: a localized message in place
 * of the report, and `sctmm-error` with code `http`. Import still works.
 */
export const NotFound: Story = {
  name: 'Error: not found',
  args: { src: 'fixtures/does-not-exist.json' },
  play: shows('[part~="error"]'),
};

/** `src` names a file that stops half-way: code `not-json`. */
export const Malformed: Story = {
  name: 'Error: malformed JSON',
  args: { src: 'fixtures/malformed-assessment.json' },
  play: shows('[part~="error"]'),
};

/**
 * `src` names an assessment with a date that is not ISO and an axis the
 * model lacks: the problems are listed by path (code `schema`).
 */
export const Invalid: Story = {
  name: 'Error: invalid assessment',
  args: { src: 'fixtures/invalid-assessment.json' },
  play: shows('[part~="error"]'),
};

/**
 * A report that works in the 2020 edition (`edition="2020"`) given a
 * 2021 assessment: five levels cannot become six without changing what
 * a level means, and the message says so.
 */
export const OtherEdition: Story = {
  name: 'Error: another edition',
  args: { src: 'fixtures/assessment-2021.json', edition: '2020' },
  play: shows('[part~="error"]'),
};
