import { expect, fixture, html } from '@open-wc/testing';
import type {
  PerceptionSentDetail,
  PerceptionSubmitDetail,
} from '../../src/components/perception-survey/events.ts';
import type { SurveyResponse } from '../../src/engine/schema/survey.ts';
import {
  $,
  OUTBOX,
  type SctmmPerceptionSurvey,
  cleanStorage,
  inboxUrl,
  liveRegion,
  outbox,
  record,
  settle,
  silentConsole,
  smallSurvey,
  stats,
  textOf,
  uniqueKey,
  until,
  watchPage,
} from './perception-survey/helpers.ts';

const SENT = 'Sus respuestas fueron enviadas.';
/** What the thanks say when the endpoint could not be reached. */
const QUEUED = 'Aún no se pudieron enviar sus respuestas. Quedaron ' +
  'guardadas en este dispositivo y se enviarán cuando haya conexión, con ' +
  'esta página abierta o la próxima vez que la abra.';
/** What the thanks say when the endpoint answered with an error. */
const REFUSED = 'Aún no se pudieron enviar sus respuestas: el servicio ' +
  'que las recibe respondió con un error. Quedaron guardadas en este ' +
  'dispositivo y se intentará de nuevo más tarde, con esta página ' +
  'abierta o la próxima vez que la abra.';

/**
 * An element on the small survey sending to `endpoint`, all answered;
 * `noPersist` keeps everything off the device.
 */
async function answered(
  endpoint: string,
  retryDelay = 60,
  noPersist = false,
  lang = 'es',
) {
  const el = await fixture<SctmmPerceptionSurvey>(html`
    <sctmm-perception-survey .survey=${smallSurvey()} endpoint=${endpoint}
      retry-delay=${retryDelay} ?no-persist=${noPersist} lang=${lang}>
    </sctmm-perception-survey>`);
  el.segment = 'academia';
  el.answers = { 'ga-1': 3, 'ga-2': 'dont-know', 'ca-1': 5 };
  await settle(el);
  return el;
}

async function reachDelivery(el: SctmmPerceptionSurvey, state: string) {
  await until(() => el.delivery === state, `delivery "${state}" ` +
    `(it is "${el.delivery}")`, 5000);
  await settle(el);
}

function delivery(el: SctmmPerceptionSurvey): string {
  return textOf($(el, '[part="delivery"]'));
}

const pause = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms));

describe('<sctmm-perception-survey> sending to an endpoint', () => {
  const console = silentConsole();
  cleanStorage();
  const page = watchPage();

  it('POSTs the response as JSON and says it was sent', async () => {
    const key = uniqueKey('ok');
    const el = await answered(inboxUrl(key));
    const sent = record<PerceptionSentDetail>('sctmm-sent');

    const response = await el.submit();
    await reachDelivery(el, 'sent');
    sent.stop();

    const seen = await stats(key);
    expect(seen.hits).to.equal(1);
    expect(seen.requests[0]!.method).to.equal('POST');
    expect(seen.requests[0]!.type).to.equal('application/json');
    expect(seen.requests[0]!.body).to.deep.equal(response);
    expect(delivery(el)).to.equal(SENT);
    expect(textOf(liveRegion(el))).to.equal(SENT);
    expect(sent.events.map((e) => e.detail)).to.deep.equal([
      { response, status: 201 },
    ]);
    expect(localStorage.getItem(OUTBOX)).to.equal(null);
    expect(page.errors()).to.deep.equal([]);
  });

  it('keeps the response in the outbox while the server fails, and ' +
    'says it waits on the device', async () => {
    const key = uniqueKey('down');
    const el = await answered(inboxUrl(key, 'fail=99'));

    const response = await el.submit();
    await reachDelivery(el, 'queued');

    expect(Object.keys(outbox())).to.deep.equal([response!.id]);
    expect(outbox()[response!.id]!.response).to.deep.equal(response);
    expect(el.pending).to.equal(1);
    expect(delivery(el)).to.equal(REFUSED);
    expect(textOf(liveRegion(el))).to.equal(REFUSED);
  });

  it('says the server answered an error, not that there is no ' +
    'connection, on HTTP 500', async () => {
    const el = await answered(inboxUrl(uniqueKey('500'),
      'fail=99&status=500'));

    await el.submit();
    await reachDelivery(el, 'queued');

    expect(delivery(el)).to.equal(REFUSED);
    expect(delivery(el)).not.to.contain('conexión');
    expect(textOf(liveRegion(el))).to.equal(REFUSED);
  });

  it('says the server answered an error in English, and that the ' +
    'answers wait in this page only with no-persist', async () => {
    const el = await answered(inboxUrl(uniqueKey('500-en'),
      'fail=99&status=500'), 60, true, 'en');

    await el.submit();
    await reachDelivery(el, 'queued');

    expect(delivery(el)).to.equal('Your answers could not be sent yet: ' +
      'the service that receives them answered with an error. Sending ' +
      'will be tried again later, while this page stays open.');
    expect(textOf(liveRegion(el))).to.equal(delivery(el));
  });

  it('changes what it says when a retry fails the other way', async () => {
    const el = await answered(inboxUrl(uniqueKey('500-then-drop'),
      'fail=99&status=500,drop'), 0.2);
    await el.submit();
    await until(() => delivery(el) === REFUSED, 'the refused text');

    await until(() => delivery(el) === QUEUED, 'the offline text', 5000);

    expect(el.delivery).to.equal('queued');
    expect(textOf(liveRegion(el))).to.equal(QUEUED);
  });

  it('moves data under the outbox key that is not an outbox aside, ' +
    'with one warning', async () => {
    console.allow(/not an outbox/);
    localStorage.setItem(OUTBOX, '{"hola": 1}');
    const el = await answered(inboxUrl(uniqueKey('corrupt'), 'fail=99'));

    const response = await el.submit();
    await reachDelivery(el, 'queued');

    expect(localStorage.getItem(`${OUTBOX}.backup`)).to.equal('{"hola": 1}');
    expect(Object.keys(outbox())).to.deep.equal([response!.id]);
    expect(console.matching(/not an outbox/)).to.have.length(1);
  });

  it('keeps it too when the connection drops, and says it waits for ' +
    'a connection', async () => {
    const key = uniqueKey('drop');
    const el = await answered(inboxUrl(key, 'fail=99&status=drop'));

    const response = await el.submit();
    await reachDelivery(el, 'queued');

    expect(Object.keys(outbox())).to.deep.equal([response!.id]);
    expect(delivery(el)).to.equal(QUEUED);
    expect(textOf(liveRegion(el))).to.equal(QUEUED);
  });

  it('sends it again after a growing wait until the server takes it',
    async () => {
      const key = uniqueKey('recovering');
      const el = await answered(inboxUrl(key, 'fail=2'), 0.05);

      const response = await el.submit();
      await reachDelivery(el, 'sent');

      const seen = await stats(key);
      expect(seen.hits).to.equal(3);
      expect(seen.requests.map((r) => r.body.id)).to.deep.equal(
        [response!.id, response!.id, response!.id],
      );
      expect(localStorage.getItem(OUTBOX)).to.equal(null);
      expect(el.pending).to.equal(0);
      expect(delivery(el)).to.equal(SENT);
    });

  it('keeps it in memory only with no-persist, and says so', async () => {
    const key = uniqueKey('memory');
    const el = await answered(inboxUrl(key, 'fail=1'), 60, true);

    await el.submit();
    await reachDelivery(el, 'queued');
    const stored = localStorage.length;
    const waiting = el.pending;
    const said = delivery(el);
    window.dispatchEvent(new Event('online'));
    await reachDelivery(el, 'sent');

    expect(stored).to.equal(0);
    expect(waiting).to.equal(1);
    expect(said).to.equal('Aún no se pudieron enviar sus respuestas: el ' +
      'servicio que las recibe respondió con un error. Se intentará de ' +
      'nuevo más tarde, mientras esta página siga abierta.');
    expect((await stats(key)).hits).to.equal(2);
    expect(el.pending).to.equal(0);
  });

  it('sends it again when the browser is back online', async () => {
    const key = uniqueKey('online');
    const el = await answered(inboxUrl(key, 'fail=1'));
    await el.submit();
    await reachDelivery(el, 'queued');

    window.dispatchEvent(new Event('online'));
    await reachDelivery(el, 'sent');

    expect((await stats(key)).hits).to.equal(2);
  });

  it('sends a waiting response when the page is opened again',
    async () => {
      const key = uniqueKey('reload');
      const endpoint = inboxUrl(key, 'fail=1');
      const first = await answered(endpoint);
      const response = await first.submit();
      await reachDelivery(first, 'queued');
      first.remove();
      const sent = record<PerceptionSentDetail>('sctmm-sent');

      await fixture(html`<sctmm-perception-survey .survey=${smallSurvey()}
        endpoint=${endpoint}></sctmm-perception-survey>`);
      await until(() => sent.events.length > 0, 'sctmm-sent');
      sent.stop();

      expect(sent.events[0]!.detail.response).to.deep.equal(response);
      expect((await stats(key)).hits).to.equal(2);
      expect(localStorage.getItem(OUTBOX)).to.equal(null);
    });

  it('posts a waiting response once, however many elements load it',
    async () => {
      const key = uniqueKey('shared');
      const endpoint = inboxUrl(key);
      const response: SurveyResponse = {
        format: 'sctmm/survey-response@1',
        id: 'waiting-since-yesterday',
        survey: { id: 'test-survey', version: '1' },
        segment: 'public',
        submittedAt: '2026-12-03T10:00:00.000Z',
        answers: { 'ga-1': 2, 'ga-2': 2, 'ca-1': 2 },
      };
      localStorage.setItem(OUTBOX, JSON.stringify({
        format: 'sctmm/outbox@1',
        entries: { [response.id]: { endpoint, response, attempts: 3,
          queuedAt: '2026-12-03T10:00:00.000Z' } },
      }));

      await fixture(html`<div>
        <sctmm-perception-survey .survey=${smallSurvey()}
          endpoint=${endpoint}></sctmm-perception-survey>
        <sctmm-perception-survey .survey=${smallSurvey()}
          endpoint=${endpoint} storage-key="other"></sctmm-perception-survey>
      </div>`);
      await until(() => localStorage.getItem(OUTBOX) === null,
        'an empty outbox');
      await pause(200);

      const seen = await stats(key);
      expect(seen.hits).to.equal(1);
      expect(seen.requests[0]!.body).to.deep.equal(response);
    });

  it('never sends a response twice on a double click of Send', async () => {
    const key = uniqueKey('double');
    const el = await answered(inboxUrl(key));
    await el.goToStep(2);
    const submits = record<PerceptionSubmitDetail>('sctmm-submit');
    const send = $(el, '[part~="submit"]');
    const box = send.getBoundingClientRect();

    send.click();
    send.click();
    await settle(el);
    const under = el.shadowRoot!.elementFromPoint(box.x + box.width / 2,
      box.y + box.height / 2) ?? send;
    under.dispatchEvent(new MouseEvent('click', { bubbles: true,
      composed: true, cancelable: true, detail: 2 }));
    await reachDelivery(el, 'sent');
    await pause(200);
    submits.stop();

    expect(submits.events).to.have.length(1);
    expect((await stats(key)).hits).to.equal(1);
    expect(el.step).to.equal(3);
  });

  it('gives the respondent the thanks at once, while sending',
    async () => {
      const key = uniqueKey('at-once');
      const el = await answered(inboxUrl(key));

      await el.submit();

      expect(el.step).to.equal(3);
      expect(el.delivery).to.equal('sending');
      expect(delivery(el)).to.equal('Enviando sus respuestas…');
      await reachDelivery(el, 'sent');
    });
});
