import { expect, html } from '@open-wc/testing';
import type {
  SelfDiagnosisChangeDetail,
  SelfDiagnosisCompleteDetail,
} from '../../src/components/self-diagnosis/events.ts';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import {
  AXIS_QUESTIONS,
  build,
  choose,
  cleanStorage,
  clickNext,
  clickThroughAxes,
  settle,
  silentConsole,
} from './helpers.ts';

const stopRecording: (() => void)[] = [];

/** Records the events of `type` that reach the document in this test. */
function record<T>(type: string) {
  const seen: CustomEvent<T>[] = [];
  const listener = (event: Event) => seen.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  stopRecording.push(() => document.removeEventListener(type, listener));
  return seen;
}

// Every question of the default instrument: 4 + 5 + 4 + 3 + 3.
const TOTAL = 19;

describe('<sctmm-self-diagnosis> events', () => {
  silentConsole();
  cleanStorage();
  afterEach(() => stopRecording.splice(0).forEach((stop) => stop()));

  describe('sctmm-change', () => {
    it('fires, bubbling and composed, when the user picks an answer',
      async () => {
        const el = await build();
        await clickNext(el);
        const seen = record<SelfDiagnosisChangeDetail>('sctmm-change');
        const [first] = AXIS_QUESTIONS[0]!;

        await choose(el, first!, 3);

        expect(seen).to.have.length(1);
        expect(seen[0]!.bubbles).to.equal(true);
        expect(seen[0]!.composed).to.equal(true);
        expect(seen[0]!.detail).to.deep.equal({
          responses: { [first!]: 3 },
          answered: 1,
          total: TOTAL,
        });
      });

    it('counts "No aplica" as an answer', async () => {
      const el = await build();
      await clickNext(el);
      const seen = record<SelfDiagnosisChangeDetail>('sctmm-change');
      const [a, b] = AXIS_QUESTIONS[0]!;

      await choose(el, a!, 'na');
      await choose(el, b!, 6);

      expect(seen.map((e) => e.detail.answered)).to.deep.equal([1, 2]);
      expect(seen[1]!.detail.responses).to.deep.equal({ [a!]: 'na', [b!]: 6 });
    });

    it('fires again when the user changes an answer', async () => {
      const el = await build();
      await clickNext(el);
      const seen = record<SelfDiagnosisChangeDetail>('sctmm-change');
      const [a] = AXIS_QUESTIONS[0]!;

      await choose(el, a!, 2);
      await choose(el, a!, 5);

      expect(seen.map((e) => e.detail.responses[a!])).to.deep.equal([2, 5]);
      expect(seen[1]!.detail.answered).to.equal(1);
    });

    it('does not fire when responses is set by property', async () => {
      const el = await build();
      const seen = record<SelfDiagnosisChangeDetail>('sctmm-change');

      el.responses = { [AXIS_QUESTIONS[0]![0]!]: 4 };
      await settle(el);

      expect(seen).to.have.length(0);
    });

    it('does not fire when saved answers are restored', async () => {
      const first = await build();
      await clickNext(first);
      await choose(first, AXIS_QUESTIONS[0]![0]!, 4);
      first.remove();
      const seen = record<SelfDiagnosisChangeDetail>('sctmm-change');

      const again = await build();

      expect(again.responses).to.deep.equal({ [AXIS_QUESTIONS[0]![0]!]: 4 });
      expect(seen).to.have.length(0);
    });
  });

  describe('sctmm-complete', () => {
    it('fires once, bubbling and composed, with the result when the user ' +
      'reaches it', async () => {
      // Every answer 2 except axis 2 at 5:
      // axes 2, 5, 2, 2, 2 -> overall (2 + 5 + 2 + 2 + 2) / 5 = 13 / 5
      // = 2.6 -> level 3.
      const el = await build();
      await clickThroughAxes(el, [2, 5, 2, 2, 2]);
      const seen = record<SelfDiagnosisCompleteDetail>('sctmm-complete');

      await clickNext(el);

      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles).to.equal(true);
      expect(seen[0]!.composed).to.equal(true);
      const { result, assessment } = seen[0]!.detail;
      expect(result.score).to.be.closeTo(13 / 5, 1e-9);
      expect(result.level).to.equal(3);
      expect(result.axes.map((a) => a.level)).to.deep.equal([2, 5, 2, 2, 2]);
      expect(assessment?.format).to.equal('sctmm/assessment@1');
      expect(assessment?.capacity?.level).to.equal(3);
    });

    it('does not fire when unanswered questions stop the way', async () => {
      const el = await build();
      const seen = record<SelfDiagnosisCompleteDetail>('sctmm-complete');

      await el.goToStep(7);

      expect(el.step).to.equal(1);
      expect(seen).to.have.length(0);
    });
  });

  describe('sctmm-error', () => {
    it('fires "storage", bubbling and composed, when answers cannot be ' +
      'saved', async () => {
      const setItem = Storage.prototype.setItem;
      const el = await build(html`<sctmm-self-diagnosis>
        </sctmm-self-diagnosis>`);
      await clickNext(el);
      const seen = record<SctmmErrorDetail>('sctmm-error');
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };

      try {
        await choose(el, AXIS_QUESTIONS[0]![0]!, 1);
        await choose(el, AXIS_QUESTIONS[0]![1]!, 1);
      } finally {
        Storage.prototype.setItem = setItem;
      }

      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles).to.equal(true);
      expect(seen[0]!.composed).to.equal(true);
      expect(seen[0]!.detail.code).to.equal('storage');
      expect(seen[0]!.detail.message).to.equal(
        'No se pudieron guardar los datos en este dispositivo.',
      );
    });
  });
});
