import { expect, fixture, html } from '@open-wc/testing';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import type { Instrument } from '../../src/engine/schema/instrument.ts';
import {
  $,
  $maybe,
  AXIS_QUESTIONS,
  DEFAULT_KEY,
  STEP_TITLES,
  type SctmmSelfDiagnosis,
  answerAxis,
  build,
  choose,
  cleanStorage,
  clickNext,
  copyOfDefault,
  headingText,
  radio,
  saved,
  settle,
  silentConsole,
  textOf,
} from './helpers.ts';

const FORMAT = 'sctmm/saved-progress@1';

/** Builds an element on `key`, as a page (re)load would. */
function onKey(key: string) {
  return build(html`<sctmm-self-diagnosis storage-key=${key}>
    </sctmm-self-diagnosis>`);
}

describe('<sctmm-self-diagnosis> saving progress', () => {
  const console = silentConsole();
  cleanStorage();

  describe('defaults', () => {
    it('saves nothing before the user answers or moves', async () => {
      await build();

      expect(localStorage.getItem(DEFAULT_KEY)).to.equal(null);
    });

    it('saves each answer at once, with the step, in a versioned envelope ' +
      'under the default key', async () => {
      const el = await build();
      await clickNext(el);
      const [first] = AXIS_QUESTIONS[0]!;

      await choose(el, first!, 3);

      expect(saved(DEFAULT_KEY)).to.deep.include({
        format: FORMAT,
        source: { id: 'sctmm-capacity', version: defaultInstrument.version },
        step: 1,
        answers: { [first!]: 3 },
      });
    });

    it('keeps every answer and the step when the page is reloaded in the ' +
      'middle', async () => {
      const key = 'reload-test';
      const first = await onKey(key);
      await clickNext(first);
      await answerAxis(first, 0, [1, 2, 3, 4]);
      await clickNext(first);
      const [a, b] = AXIS_QUESTIONS[1]!;
      await choose(first, a!, 5);
      await choose(first, b!, 'na');
      const expected = {
        ...Object.fromEntries(AXIS_QUESTIONS[0]!.map((id, i) => [id, i + 1])),
        [a!]: 5,
        [b!]: 'na',
      };
      first.remove();

      const reloaded = await onKey(key);

      expect(reloaded.responses).to.deep.equal(expected);
      expect(reloaded.step).to.equal(2);
      expect(headingText(reloaded)).to.equal(STEP_TITLES.es[2]);
      expect(radio(reloaded, a!, 5).checked).to.equal(true);
      expect(radio(reloaded, b!, 'na').checked).to.equal(true);
    });
  });

  describe('attributes', () => {
    it('saves under storage-key and not under the default key', async () => {
      const el = await onKey('my-entity');
      await clickNext(el);

      await choose(el, AXIS_QUESTIONS[0]![0]!, 2);

      expect(saved('my-entity')!.answers).to.deep.equal({
        [AXIS_QUESTIONS[0]![0]!]: 2,
      });
      expect(localStorage.getItem(DEFAULT_KEY)).to.equal(null);
    });

    it('writes nothing to localStorage with no-persist', async () => {
      const el = await build(html`<sctmm-self-diagnosis no-persist>
        </sctmm-self-diagnosis>`);

      await clickNext(el);
      await answerAxis(el, 0, 4);
      await clickNext(el);

      expect(el.step).to.equal(2);
      expect(localStorage.length).to.equal(0);
    });

    it('tells the user on the introduction when nothing is saved',
      async () => {
        const el = await build(html`<sctmm-self-diagnosis no-persist>
          </sctmm-self-diagnosis>`);

        expect(textOf($(el, '[part="step"]'))).to.contain(
          'Sus respuestas no se guardan',
        );
      });
  });

  describe('restoring', () => {
    it('never restores a step past the first axis left unanswered',
      async () => {
        // Saved at the review (step 6) with only axis 1 answered: the
        // user must land on axis 2 (step 2).
        localStorage.setItem('ahead', JSON.stringify({
          format: FORMAT,
          source: { id: 'sctmm-capacity', version: '1.0.0' },
          savedAt: '2026-01-01T00:00:00.000Z',
          step: 6,
          answers: Object.fromEntries(AXIS_QUESTIONS[0]!.map((id) => [id, 2])),
        }));

        const el = await onKey('ahead');

        expect(el.step).to.equal(2);
        expect(headingText(el)).to.equal(STEP_TITLES.es[2]);
      });

    it('opens on the introduction when the saved step is below 0',
      async () => {
        localStorage.setItem('negative', JSON.stringify({
          format: FORMAT,
          source: { id: 'sctmm-capacity', version: '1.0.0' },
          savedAt: '2026-01-01T00:00:00.000Z',
          step: -1,
          answers: {},
        }));
        console.allow(/not saved progress/);

        const el = await onKey('negative');

        expect(el.step).to.equal(0);
        expect(headingText(el)).to.equal(STEP_TITLES.es[0]);
      });
  });

  describe('data that cannot be used', () => {
    it('ignores corrupt data with one warning and keeps it under ' +
      '<key>.backup', async () => {
      localStorage.setItem('corrupt', '{not json');
      console.allow(/corrupt/);

      const el = await onKey('corrupt');

      expect(el.responses).to.deep.equal({});
      expect(el.step).to.equal(0);
      expect(localStorage.getItem('corrupt.backup')).to.equal('{not json');
      expect(console.matching(/corrupt/)).to.have.length(1);
    });

    it('ignores the data of another instrument with one warning and keeps ' +
      'it under <key>.backup', async () => {
      const foreign = JSON.stringify({
        format: FORMAT,
        source: { id: 'another-instrument', version: '1.0.0' },
        savedAt: '2026-01-01T00:00:00.000Z',
        step: 2,
        answers: { [AXIS_QUESTIONS[0]![0]!]: 6 },
      });
      localStorage.setItem('shared', foreign);
      console.allow(/shared/);

      const el = await onKey('shared');

      expect(el.responses).to.deep.equal({});
      expect(el.step).to.equal(0);
      expect(localStorage.getItem('shared.backup')).to.equal(foreign);
      expect(console.matching(/shared/)).to.have.length(1);
    });

    it('starts saving again after discarding corrupt data', async () => {
      localStorage.setItem('corrupt-then-saved', '[1, 2]');
      console.allow(/corrupt-then-saved/);
      const el = await onKey('corrupt-then-saved');
      await clickNext(el);

      await choose(el, AXIS_QUESTIONS[0]![0]!, 1);

      expect(saved('corrupt-then-saved')!.answers).to.deep.equal({
        [AXIS_QUESTIONS[0]![0]!]: 1,
      });
      expect(localStorage.getItem('corrupt-then-saved.backup'))
        .to.equal('[1, 2]');
    });
  });

  describe('storage that refuses to save', () => {
    let setItem: typeof Storage.prototype.setItem;
    let getItem: typeof Storage.prototype.getItem;

    beforeEach(() => {
      setItem = Storage.prototype.setItem;
      getItem = Storage.prototype.getItem;
    });

    afterEach(() => {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    });

    it('keeps answers in memory and shows a notice when storage is full',
      async () => {
        const el = await build();
        await clickNext(el);
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        const [first] = AXIS_QUESTIONS[0]!;

        await choose(el, first!, 5);

        const notice = $(el, '[part="notice"]');
        expect(textOf(notice)).to.contain(
          'No se pudieron guardar sus respuestas',
        );
        expect(el.responses).to.deep.equal({ [first!]: 5 });
        expect(radio(el, first!, 5).checked).to.equal(true);
      });

    it('lets the user finish a step while storage is full', async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const el = await build();
      await clickNext(el);

      await answerAxis(el, 0, 2);
      await clickNext(el);

      expect(el.step).to.equal(2);
      expect($maybe(el, '[part="notice"]')).to.not.equal(null);
    });

    it('never overwrites data it could not back up', async () => {
      // Too little room for a copy of large foreign data under the key,
      // but enough for the small envelope once that data is replaced.
      localStorage.setItem('crowded', '{not json');
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.endsWith('.backup')) {
          throw new DOMException('full', 'QuotaExceededError');
        }
        setItem.call(this, key, value);
      };
      console.allow(/crowded/);
      const el = await onKey('crowded');
      await clickNext(el);

      await choose(el, AXIS_QUESTIONS[0]![0]!, 3);

      const kept = [
        localStorage.getItem('crowded'),
        localStorage.getItem('crowded.backup'),
      ];
      expect(kept).to.include('{not json');
    });

    it('shows the notice from the start when storage is disabled',
      async () => {
        Storage.prototype.getItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        Storage.prototype.setItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };

        const el = await build();

        expect($maybe(el, '[part="notice"]')).to.not.equal(null);
        expect(el.step).to.equal(0);
      });
  });

  describe('a changed instrument', () => {
    it('keeps the answers whose questions still exist', async () => {
      const key = 'versioned';
      const v1 = copyOfDefault();
      const first = await fixture<SctmmSelfDiagnosis>(html`
        <sctmm-self-diagnosis storage-key=${key} .instrument=${v1}>
        </sctmm-self-diagnosis>`);
      await settle(first);
      await clickNext(first);
      await answerAxis(first, 0, [6, 5, 4, 3]);
      first.remove();
      const v2: Instrument = copyOfDefault();
      v2.version = '1.1.0';
      const [removed] = v2.axes[0]!.capacities.splice(1, 1);
      const [q0, , q2, q3] = AXIS_QUESTIONS[0]!;

      const second = await fixture<SctmmSelfDiagnosis>(html`
        <sctmm-self-diagnosis storage-key=${key} .instrument=${v2}>
        </sctmm-self-diagnosis>`);
      await settle(second);

      expect(removed!.id).to.equal(AXIS_QUESTIONS[0]![1]);
      expect(second.responses).to.deep.equal({ [q0!]: 6, [q2!]: 4, [q3!]: 3 });
    });
  });
});
