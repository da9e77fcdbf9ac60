import { expect, fixture, html } from '@open-wc/testing';
import type { Survey } from '../../src/engine/schema/survey.ts';
import {
  $,
  $maybe,
  OUTBOX,
  SMALL_KEY,
  type SctmmPerceptionSurvey,
  answerSmall,
  build,
  buildSmall,
  cleanStorage,
  inboxUrl,
  settle,
  silentConsole,
  smallSurvey,
  textOf,
  uniqueKey,
  until,
} from './perception-survey/helpers.ts';

/** The localStorage key of the ids of responses already sent. */
const SUBMITTED = 'sctmm-submitted';

/** The ids recorded as sent on this device. */
function submittedIds(): string[] {
  const raw = localStorage.getItem(SUBMITTED);
  return raw === null ? [] : JSON.parse(raw).ids;
}

/** Progress of the small survey saved as a tab leaves it, all answered. */
function saveProgress(responseId: string) {
  localStorage.setItem(SMALL_KEY, JSON.stringify({
    format: 'sctmm/saved-progress@1',
    source: { id: 'test-survey', version: '1' },
    savedAt: new Date().toISOString(),
    step: 2,
    answers: { responseId, segment: 'public',
      ratings: { 'ga-1': 2, 'ga-2': 3, 'ca-1': 4 } },
  }));
}

/** An outbox holding `count` responses waiting for `endpoint`. */
function queue(endpoint: string, count: number) {
  const batch = uniqueKey('waiting');
  const entries = Object.fromEntries(Array.from({ length: count }, (_, i) => {
    const id = `${batch}-${i}`;
    return [id, { endpoint, attempts: 1, queuedAt: new Date().toISOString(),
      response: { format: 'sctmm/survey-response@1', id,
        survey: { id: 'test-survey', version: '1' }, segment: null,
        submittedAt: new Date().toISOString(), answers: {} } }];
  }));
  localStorage.setItem(OUTBOX, JSON.stringify({ format: 'sctmm/outbox@1',
    entries }));
}

describe('<sctmm-perception-survey> in two tabs of one device', () => {
  silentConsole();
  cleanStorage();

  it('sends two responses with two ids when two elements restore the ' +
    'same progress', async () => {
    const a = await buildSmall({ key: 'shared' });
    await answerSmall(a);
    const b = await buildSmall({ key: 'shared' });
    b.answers = { ...b.answers, 'ca-1': 6 };
    await settle(b);

    const first = await a.submit();
    const second = await b.submit();

    expect(first!.answers['ca-1']).to.equal(2);
    expect(second!.answers['ca-1']).to.equal(6);
    expect(second!.id).to.not.equal(first!.id);
    expect(submittedIds()).to.deep.equal([first!.id, second!.id]);
  });

  it('gives a fresh id to progress whose id another tab already sent',
    async () => {
      saveProgress('sent-elsewhere');
      localStorage.setItem(SUBMITTED, JSON.stringify({
        format: 'sctmm/submitted@1', ids: ['sent-elsewhere'] }));
      const el = await buildSmall();

      const response = await el.submit();

      expect(response!.id).to.not.equal('sent-elsewhere');
      expect(response!.answers).to.deep.equal({ 'ga-1': 2, 'ga-2': 3,
        'ca-1': 4 });
    });

  it('keeps the id of saved progress no tab has sent', async () => {
    saveProgress('not-sent-yet');

    const response = await (await buildSmall()).submit();

    expect(response!.id).to.equal('not-sent-yet');
  });

  it('records nothing on the device with no-persist', async () => {
    const el = await build(html`<sctmm-perception-survey no-persist
      .survey=${smallSurvey()}></sctmm-perception-survey>`);
    el.segment = 'academia';
    el.answers = { 'ga-1': 1, 'ga-2': 1, 'ca-1': 1 };
    await settle(el);

    await el.submit();

    expect(localStorage.length).to.equal(0);
  });
});

describe('<sctmm-perception-survey> after a reload with responses waiting',
  () => {
    silentConsole();
    cleanStorage();

    it('says on the first step that one response waits to be sent',
      async () => {
        const endpoint = inboxUrl(uniqueKey('pending'), 'fail=99');
        queue(endpoint, 1);

        const el = await buildSmall({ endpoint });

        expect(textOf($(el, '[part="pending"]'))).to.equal('Hay 1 ' +
          'respuesta pendiente de envío; se intentará enviarla de nuevo.');
        await expect(el).to.be.accessible();
      });

    it('says how many wait, in English too, and nothing without an ' +
      'endpoint', async () => {
      const endpoint = inboxUrl(uniqueKey('pending'), 'fail=99');
      queue(endpoint, 2);

      const el = await buildSmall({ endpoint, lang: 'en' });
      const none = await buildSmall();

      expect(textOf($(el, '[part="pending"]'))).to.equal('2 responses ' +
        'are waiting to be sent; sending them will be tried again.');
      expect($maybe(none, '[part="pending"]')).to.equal(null);
    });

    it('drops the note once the endpoint takes them', async () => {
      const endpoint = inboxUrl(uniqueKey('pending'));
      queue(endpoint, 1);

      const el = await buildSmall({ endpoint });

      await until(() => el.pending === 0, 'the outbox to empty');
      await settle(el);
      expect($maybe(el, '[part="pending"]')).to.equal(null);
    });
  });

/** A survey of one statement, on one theme. */
function oneStatement(): Survey {
  const survey = smallSurvey();
  return { ...survey, statements: survey.statements.slice(0, 1) };
}

describe('<sctmm-perception-survey> wording', () => {
  const console = silentConsole();
  cleanStorage();

  for (const [lang, size, status] of [
    ['es', 'Es 1 frase sobre 1 tema; toma unos 2 minutos.',
      '0 de 1 respondida'],
    ['en', 'There is 1 sentence on 1 theme; it takes about 2 minutes.',
      '0 of 1 answered'],
  ]) {
    it(`speaks of one sentence and one theme in the singular (${lang})`,
      async () => {
        const el = await build(html`<sctmm-perception-survey lang=${lang!}
          .survey=${oneStatement()}></sctmm-perception-survey>`);

        expect(textOf($(el, '[part="step"]'))).to.contain(size!);
        expect(textOf($(el, '[part="step-list"] .step-status')))
          .to.equal(status);
      });
  }

  it('speaks of the default survey in the plural', async () => {
    const el = await build();

    expect(textOf($(el, '[part="step"]'))).to.match(
      /Son \d+ frases sobre 6 temas; toma unos \d+ minutos\./);
  });

  it('warns once about a language it does not speak, and speaks Spanish',
    async () => {
      console.allow(/unsupported-lang/);
      const el = await fixture<SctmmPerceptionSurvey>(html`
        <sctmm-perception-survey lang="fr" .survey=${smallSurvey()}>
        </sctmm-perception-survey>`);
      await settle(el);

      el.entityName = 'Mairie';
      await settle(el);

      expect(textOf($(el, 'h2'))).to.equal('Su sector');
      expect(console.matching(/unsupported-lang/).map((call) => call.text))
        .to.deep.equal(['[sctmm-perception-survey] unsupported-lang: ' +
          'lang="fr" is not a language of this element (es, en); it ' +
          'speaks Spanish.']);
    });
});
