import { expect, html } from '@open-wc/testing';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import {
  DEFAULT_KEY,
  build,
  cleanStorage,
  saved,
  silentConsole,
} from './helpers.ts';
import { answersById, atResult, today } from './result-fixtures.ts';

/** Saved progress of every answer, as a reload finds it. */
function saveAnswered(times: { savedAt: string; completedAt?: string }) {
  localStorage.setItem(DEFAULT_KEY, JSON.stringify({
    format: 'sctmm/saved-progress@1',
    source: { id: defaultInstrument.id, version: defaultInstrument.version },
    step: 7,
    answers: answersById(),
    ...times,
  }));
}

describe('<sctmm-self-diagnosis> date and entity of the export', () => {
  const console = silentConsole();
  cleanStorage();

  describe('measuredAt', () => {
    it('is the day the answers were last changed, not the day of the ' +
      'export', async () => {
      saveAnswered({ savedAt: '2026-05-20T12:00:00Z',
        completedAt: '2026-03-15T12:00:00Z' });

      const el = await build();

      expect(el.exportAssessment()!.measuredAt).to.equal('2026-03-15');
      expect(el.exportSnapshot()!.measuredAt).to.equal('2026-03-15');
    });

    it('falls back to the day the progress was saved', async () => {
      saveAnswered({ savedAt: '2026-05-20T12:00:00Z' });

      const el = await build();

      expect(el.exportAssessment()!.measuredAt).to.equal('2026-05-20');
    });

    it('keeps the day of the answers when the user only moves between ' +
      'steps later', async () => {
      saveAnswered({ savedAt: '2026-05-20T12:00:00Z',
        completedAt: '2026-03-15T12:00:00Z' });
      const el = await build();

      await el.goToStep(1);
      await el.goToStep(7);

      expect(saved()).to.deep.include(
        { completedAt: '2026-03-15T12:00:00Z' });
      expect(el.exportAssessment()!.measuredAt).to.equal('2026-03-15');
    });

    it('is today once the user changes an answer, and is saved with ' +
      'the answers', async () => {
      const el = await atResult();

      const completedAt = (saved() as { completedAt?: string })
        .completedAt;
      expect(Date.now() - Date.parse(completedAt ?? '')).to.be.below(60000);
      expect(el.exportAssessment()!.measuredAt).to.equal(today());
    });

    it('is today for answers given by property', async () => {
      const el = await build(html`<sctmm-self-diagnosis no-persist
        .responses=${answersById()}></sctmm-self-diagnosis>`);

      expect(el.exportAssessment()!.measuredAt).to.equal(today());
    });
  });

  describe('entity-divipola', () => {
    it('writes a 2- or 5-digit code into the export', async () => {
      for (const code of ['76999', '05']) {
        const el = await build(html`<sctmm-self-diagnosis no-persist
          entity-name="Alcaldía" entity-divipola=${code}
          .responses=${answersById()}></sctmm-self-diagnosis>`);

        expect(el.exportAssessment()!.entity).to.deep.equal(
          { name: 'Alcaldía', divipola: code });
      }
    });

    it('leaves out anything else, with one warning', async () => {
      console.allow(/invalid-divipola/);
      for (const code of ['7699', 'abcde', '769990']) {
        const el = await build(html`<sctmm-self-diagnosis no-persist
          entity-name="Alcaldía" entity-divipola=${code}
          .responses=${answersById()}></sctmm-self-diagnosis>`);

        expect(el.exportAssessment()!.entity).to.deep.equal(
          { name: 'Alcaldía' });
      }
      expect(console.matching(/invalid-divipola/)).to.have.length(3);
    });
  });
});
