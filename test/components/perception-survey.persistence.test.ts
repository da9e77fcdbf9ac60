import { expect, html } from '@open-wc/testing';
import {
  $,
  SEGMENT,
  SMALL_KEY,
  build,
  buildSmall,
  choose,
  cleanStorage,
  clickNext,
  headingText,
  radio,
  saved,
  settle,
  silentConsole,
  smallSurvey,
  textOf,
} from './perception-survey/helpers.ts';

describe('<sctmm-perception-survey> saving progress', () => {
  const console = silentConsole();
  cleanStorage();

  it('saves nothing before the respondent answers or moves', async () => {
    await buildSmall();

    expect(localStorage.getItem(SMALL_KEY)).to.equal(null);
  });

  it('saves each answer at once, in the versioned envelope, with the ' +
    'response id', async () => {
    const el = await buildSmall();

    await choose(el, SEGMENT, 'unspecified');

    const envelope = saved();
    expect(envelope).to.deep.include({
      format: 'sctmm/saved-progress@1',
      source: { id: 'test-survey', version: '1' },
      step: 0,
    });
    expect(envelope.answers.segment).to.equal(null);
    expect(envelope.answers.ratings).to.deep.equal({});
    expect(envelope.answers.responseId).to.be.a('string');
  });

  it('keeps every answer, the step and the response id when the element ' +
    'is made again, as on a reload', async () => {
    const first = await buildSmall();
    await choose(first, SEGMENT, 'civil-society');
    await clickNext(first);
    await choose(first, 'ga-1', 5);
    await choose(first, 'ga-2', 'dont-know');
    await clickNext(first);
    const id = saved().answers.responseId;
    first.remove();

    const again = await buildSmall();
    await choose(again, 'ca-1', 1);
    const response = await again.submit();

    expect(response).to.deep.include({
      id,
      segment: 'civil-society',
      answers: { 'ga-1': 5, 'ga-2': 'dont-know', 'ca-1': 1 },
    });
  });

  it('shows the restored step with its answers checked', async () => {
    const first = await buildSmall();
    await choose(first, SEGMENT, 'academia');
    await clickNext(first);
    await choose(first, 'ga-1', 3);
    first.remove();

    const again = await buildSmall();

    expect(again.step).to.equal(1);
    expect(headingText(again)).to.equal('Gobernanza');
    expect(radio(again, 'ga-1', 3).checked).to.equal(true);
  });

  it('forgets the progress once the answers are sent', async () => {
    const el = await buildSmall();
    el.segment = 'public';
    el.answers = { 'ga-1': 1, 'ga-2': 2, 'ca-1': 3 };
    await settle(el);
    expect(saved()).to.not.equal(null);

    await el.submit();

    expect(saved()).to.equal(null);
  });

  it('starts empty after a reload that follows a sent response',
    async () => {
      const first = await buildSmall();
      first.segment = 'public';
      first.answers = { 'ga-1': 1, 'ga-2': 2, 'ca-1': 3 };
      await settle(first);
      const sent = await first.submit();
      first.remove();

      const again = await buildSmall();
      again.segment = 'academia';
      again.answers = { 'ga-1': 4, 'ga-2': 4, 'ca-1': 4 };
      await settle(again);
      const next = await again.submit();

      expect(again.answers).to.deep.equal({ 'ga-1': 4, 'ga-2': 4,
        'ca-1': 4 });
      expect(next!.id).to.not.equal(sent!.id);
    });

  it('saves under storage-key when given', async () => {
    const el = await buildSmall({ key: 'mi-encuesta' });

    await choose(el, SEGMENT, 'private');

    expect(saved('mi-encuesta').answers.segment).to.equal('private');
    expect(localStorage.getItem(SMALL_KEY)).to.equal(null);
  });

  it('writes nothing with no-persist and says so', async () => {
    const el = await build(html`<sctmm-perception-survey no-persist
      .survey=${smallSurvey()}></sctmm-perception-survey>`);

    await choose(el, SEGMENT, 'private');
    await clickNext(el);

    expect(el.step).to.equal(1);
    expect(localStorage.length).to.equal(0);
    await el.goToStep(0);
    expect(textOf($(el, '[part="step"]'))).to.contain(
      'Sus respuestas no se guardan en este dispositivo',
    );
  });

  it('drops saved ratings that no longer fit the survey', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({
      format: 'sctmm/saved-progress@1',
      source: { id: 'test-survey', version: '0' },
      savedAt: new Date().toISOString(),
      step: 2,
      answers: {
        responseId: 'abc',
        segment: 'aliens',
        ratings: { 'ga-1': 7, 'ga-2': 'dont-know', gone: 2 },
      },
    }));

    const el = await buildSmall();

    expect(el.segment).to.equal(undefined);
    expect(el.answers).to.deep.equal({ 'ga-2': 'dont-know' });
    expect(el.step).to.equal(0);
  });

  it('moves data of another survey aside, with one warning', async () => {
    console.allow(/another survey/);
    const foreign = JSON.stringify({
      format: 'sctmm/saved-progress@1',
      source: { id: 'other-survey', version: '1' },
      savedAt: new Date().toISOString(),
      step: 1,
      answers: {},
    });
    localStorage.setItem(SMALL_KEY, foreign);

    await buildSmall();

    expect(localStorage.getItem(`${SMALL_KEY}.backup`)).to.equal(foreign);
    expect(console.matching(/another survey/)).to.have.length(1);
  });
});
