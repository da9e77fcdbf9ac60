import { expect, html } from '@open-wc/testing';
import {
  $,
  build,
  isoDaysAgo,
  nameOf,
  reach,
  recordEvents,
  segments,
  serverSaw,
  serverStats,
  shownText,
  silentConsole,
  spanishDate,
  textOf,
  uniqueKey,
  until,
  wait,
  watchPage,
} from './index-badge/helpers.ts';

const NAME_ES = 'Índice de Ciudades y Territorios Inteligentes';
const ALCALDIA = `${NAME_ES} de Alcaldía de Ejemplo`;

/** A badge reading `src` from the test server, as a page author writes it. */
const live = (src: string, attributes: {
  refresh?: number; timeout?: number; variant?: string; lang?: string;
} = {}) => build(html`<sctmm-index-badge src=${src}
  refresh=${attributes.refresh ?? 0} timeout=${attributes.timeout ?? 10}
  variant=${attributes.variant ?? 'flat'} lang=${attributes.lang ?? 'es'}>
  </sctmm-index-badge>`);

describe('<sctmm-index-badge src>', () => {
  const output = silentConsole();
  const page = watchPage();
  const seen = recordEvents();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('a good snapshot', () => {
    it('is loading, then ready with the snapshot\'s value', async () => {
      const el = await live('/__badge/good.json');

      expect(el.getAttribute('state')).to.equal('loading');
      expect(segments(el).value).to.equal('cargando…');
      expect($(el, '[part="badge"]').getAttribute('aria-busy'))
        .to.equal('true');
      await reach(el, 'ready');

      expect(segments(el)).to.deep.equal({ label: 'Índice CTI',
        value: 'Nivel 4 · 3,8', note: '' });
      expect($(el, '[part="badge"]').hasAttribute('aria-busy'))
        .to.equal(false);
    });

    it('is named by a sentence with the date of measurement', async () => {
      const el = await live('/__badge/good.json?measured=2026-06-30');
      el.maxAge = 36500;

      await reach(el, 'ready');

      expect(nameOf(el)).to.equal(`${ALCALDIA}: nivel 4, Conectado, ` +
        'puntaje 3,8 de 6, medido el 30 de junio de 2026.');
    });

    it('speaks English', async () => {
      const el = await live('/__badge/good.json', { lang: 'en' });

      await reach(el, 'ready');

      expect(segments(el).value).to.equal('Level 4 · 3.8');
      expect(nameOf(el)).to.match(/^Smart Cities and Territories Index of /);
    });

    it('shows the parts and date in the card', async () => {
      const el = await live('/__badge/good.json', { variant: 'card' });

      await reach(el, 'ready');

      expect(textOf($(el, '[part="entity"]'))).to.equal('Alcaldía de Ejemplo');
      expect(textOf($(el, '[part="parts"]'))).to.contain('Resultados4,1');
      expect(textOf($(el, '[part="date"]')))
        .to.equal(`Medido el ${spanishDate(isoDaysAgo(30))}`);
    });

    it('marks a partial snapshot', async () => {
      const el = await live('/__badge/partial.json');

      await reach(el, 'ready');

      expect(segments(el).note).to.equal('parcial');
      expect(nameOf(el)).to.contain('medido el ' +
        `${spanishDate(isoDaysAgo(30))}. Índice parcial (sin medir: ` +
        'percepción y resultados).');
    });

    it('fires one sctmm-update with the snapshot, and no error', async () => {
      const el = await live('/__badge/good.json');

      await reach(el, 'ready');

      expect(seen.updates()).to.have.length(1);
      const { detail } = seen.updates()[0]!;
      expect(detail.snapshot.entity.name).to.equal('Alcaldía de Ejemplo');
      expect(detail.snapshot.index).to.deep.equal({ score: 3.8, level: 4 });
      expect(detail.stale).to.equal(false);
      expect(seen.errors()).to.have.length(0);
    });

    it('reads once when refresh is 0', async () => {
      const key = uniqueKey();
      const el = await live(`/__badge/good.json?key=${key}`);
      await reach(el, 'ready');

      await wait(1300);

      expect((await serverStats(key)).hits).to.equal(1);
    });
  });

  describe('a snapshot older than max-age', () => {
    it('is stale, says so, and fires sctmm-update with stale', async () => {
      const el = await live('/__badge/old');

      await reach(el, 'stale');

      expect(segments(el)).to.deep.equal({ label: 'Índice CTI',
        value: 'Nivel 4 · 3,8', note: 'desactualizado' });
      expect(nameOf(el)).to.equal(`${ALCALDIA}: nivel 4, Conectado, ` +
        `puntaje 3,8 de 6, medido el ${spanishDate(isoDaysAgo(500))}. ` +
        'El dato tiene más de 400 días: puede estar desactualizado.');
      expect(seen.updates()[0]?.detail.stale).to.equal(true);
      expect(seen.errors()).to.have.length(0);
    });

    it('keeps 399 days ready and 401 days stale by default', async () => {
      const fresh = await live('/__badge/good.json?age=399');
      const old = await live('/__badge/good.json?age=401');

      await reach(fresh, 'ready');
      await reach(old, 'stale');
    });
  });

  describe('failures with nothing to show', () => {
    const cases = [
      { route: '404', value: 'error 404', code: 'http', status: 404,
        message: 'No se pudo descargar el índice (src="/__badge/404"): el ' +
          'servidor respondió con el código 404.' },
      { route: '500', value: 'error 500', code: 'http', status: 500,
        message: 'No se pudo descargar el índice (src="/__badge/500"): el ' +
          'servidor respondió con el código 500.' },
      { route: 'html', value: 'datos no válidos', code: 'not-json',
        message: 'El índice (src="/__badge/html") no es un documento JSON ' +
          'válido.' },
      { route: 'invalid-json', value: 'datos no válidos', code: 'not-json',
        message: 'El índice (src="/__badge/invalid-json") no es un ' +
          'documento JSON válido.' },
      { route: 'network', value: 'no se pudo cargar', code: 'network',
        message: 'No se pudo descargar el índice (src="/__badge/network"): ' +
          'falló la conexión.' },
    ];
    for (const { route, value, code, status, message } of cases) {
      it(`shows "${value}" for /__badge/${route} and fires "${code}"`,
        async () => {
          output.allow(/snapshot-unavailable|invalid-snapshot/);
          const el = await live(`/__badge/${route}`);

          await reach(el, 'error');

          expect(segments(el)).to.deep.equal({ label: 'Índice CTI', value,
            note: '' });
          expect(nameOf(el)).to.equal(`${NAME_ES}: no disponible. ${message}`);
          expect(seen.errors()).to.have.length(1);
          const { detail } = seen.errors()[0]!;
          expect(detail).to.deep.equal({ code, reason: code, message,
            issues: [], ...(status ? { status } : {}) });
          expect(seen.updates()).to.have.length(0);
        });
    }

    const invalid = [
      ['score-null', 'index.score', 'expected number, got null'],
      ['score-alto', 'index.score', 'expected number, got string'],
      ['level-9', 'index.level', 'expected at most 6'],
    ];
    for (const [route, path, problem] of invalid) {
      it(`lists the issue of /__badge/${route} and fires "schema"`,
        async () => {
          output.allow(/invalid-snapshot/);
          const el = await live(`/__badge/${route}`, { variant: 'card' });

          await reach(el, 'error');

          expect(segments(el).value).to.equal('datos no válidos');
          expect(textOf($(el, '[part="message"]'))).to.equal(
            `El índice (src="/__badge/${route}") tiene errores y no se ` +
            'puede usar.');
          expect(textOf($(el, '[part="issues"]')))
            .to.equal(`${path}: ${problem}`);
          const { detail } = seen.errors()[0]!;
          expect(detail.code).to.equal('schema');
          expect(detail.issues).to.deep.equal([{ path, message: problem }]);
          expect(shownText(el)).to.not.match(/NaN|undefined/);
        });
    }

    it('gives up after timeout seconds and says so', async () => {
      output.allow(/snapshot-unavailable/);
      const key = uniqueKey();
      const el = await live(`/__badge/slow?ms=1500&key=${key}`,
        { timeout: 1 });

      await reach(el, 'error', 3000);

      expect(segments(el).value).to.equal('sin respuesta');
      const { detail } = seen.errors()[0]!;
      expect(detail.code).to.equal('timeout');
      expect(detail.reason).to.equal('timeout');
      expect(detail.message).to.equal('No se pudo descargar el índice ' +
        `(src="/__badge/slow?ms=1500&key=${key}"): el servidor no ` +
        'respondió en 1 s.');
      await serverSaw(key, (stats) => stats.aborted === 1,
        'the request aborted');
    });

    it('waits for a slow answer within the timeout', async () => {
      const el = await live('/__badge/slow?ms=400', { timeout: 1 });

      await reach(el, 'ready', 3000);
    });
  });

  describe('refresh', () => {
    it('keeps the last value, marked stale, when a refresh fails',
      async () => {
        output.allow(/snapshot-unavailable/);
        const el = await live(`/__badge/flaky?key=${uniqueKey()}`,
          { refresh: 1 });
        await reach(el, 'ready');

        await reach(el, 'stale', 3000);

        expect(segments(el)).to.deep.equal({ label: 'Índice CTI',
          value: 'Nivel 4 · 3,8', note: 'desactualizado' });
        expect(nameOf(el)).to.equal(`${ALCALDIA}: nivel 4, Conectado, ` +
          `puntaje 3,8 de 6, medido el ${spanishDate(isoDaysAgo(30))}. ` +
          'Es el último valor disponible: no se pudo actualizar (error ' +
          '500).');
        expect(seen.errors().map((e) => e.detail.status)).to.deep.equal([500]);
        expect(seen.updates()).to.have.length(1);
      });

    it('is ready again when a later refresh succeeds', async () => {
      output.allow(/snapshot-unavailable/);
      const el = await live(`/__badge/recovering?key=${uniqueKey()}`,
        { refresh: 1 });
      await reach(el, 'stale', 3000);

      await reach(el, 'ready', 4000);

      expect(segments(el).note).to.equal('');
      expect(seen.updates()).to.have.length(1);
    });

    it('fires sctmm-update only when the value changes', async () => {
      const el = await live(`/__badge/changing?key=${uniqueKey()}`,
        { refresh: 1 });
      await reach(el, 'ready');

      await until(() => segments(el).value === 'Nivel 5 · 4,2',
        'the new value', 4000);

      expect(seen.updates().map((e) => e.detail.snapshot.index.score))
        .to.deep.equal([3.8, 4.2]);
    });

    it('doubles the wait after each failure', async () => {
      output.allow(/snapshot-unavailable/);
      const key = uniqueKey();
      await live(`/__badge/flaky?key=${key}`, { refresh: 1 });

      await wait(4600);

      // Requests at 0 s (good), 1 s (fails), then 1 + 2 = 3 s (fails);
      // the next would come at 3 + 4 = 7 s.
      const { hits, times } = await serverStats(key);
      expect(hits).to.equal(3);
      expect(times[1]! - times[0]!).to.be.within(900, 1600);
      expect(times[2]! - times[1]!).to.be.within(1900, 2600);
    });

    it('never overlaps two requests', async () => {
      const key = uniqueKey();
      await live(`/__badge/slow?ms=1500&key=${key}`,
        { refresh: 1, timeout: 3 });

      await wait(4300);

      // 0 → 1.5 s, then 1 s later 2.5 → 4 s: one at a time.
      const { hits, times, maxInFlight } = await serverStats(key);
      expect(maxInFlight).to.equal(1);
      expect(hits).to.equal(2);
      expect(times[1]! - times[0]!).to.be.at.least(2400);
    });

    it('warns about a refresh under 1 s and waits 1 s', async () => {
      output.allow(/invalid-refresh/);
      const key = uniqueKey();
      await build(html`<sctmm-index-badge refresh="0.2"
        src=${`/__badge/good.json?key=${key}`}></sctmm-index-badge>`);

      await wait(1500);

      expect(output.matching(/refresh="0.2" is less than the minimum of 1 s/))
        .to.have.length(1);
      expect((await serverStats(key)).hits).to.equal(2);
    });
  });

  describe('aborting', () => {
    it('aborts the request when the badge leaves the page', async () => {
      const key = uniqueKey();
      const el = await live(`/__badge/hang?key=${key}`);
      await until(() => el.getAttribute('state') === 'loading', 'loading');
      await wait(100);

      el.remove();

      await serverSaw(key, (stats) => stats.aborted === 1,
        'the request aborted');
      expect(seen.errors()).to.have.length(0);
    });

    it('aborts the request when src changes, and reads the new src',
      async () => {
        const key = uniqueKey();
        const el = await live(`/__badge/hang?key=${key}`);
        await wait(100);

        el.src = '/__badge/good.json';

        await reach(el, 'ready');
        await serverSaw(key, (stats) => stats.aborted === 1,
          'the request aborted');
        expect(seen.errors()).to.have.length(0);
      });

    it('drops the old value when src changes', async () => {
      output.allow(/snapshot-unavailable/);
      const el = await live('/__badge/good.json');
      await reach(el, 'ready');

      el.src = '/__badge/404';

      await reach(el, 'error');
      expect(segments(el).value).to.equal('error 404');
    });

    it('reads again when the badge comes back to the page', async () => {
      const key = uniqueKey();
      const el = await live(`/__badge/good.json?key=${key}`);
      await reach(el, 'ready');
      const parent = el.parentNode!;

      el.remove();
      parent.append(el);

      await serverSaw(key, (stats) => stats.hits === 2, 'a second request');
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('reads nothing when the snapshot property is set', async () => {
      const key = uniqueKey();
      const snapshot = {
        format: 'sctmm/index-snapshot@1', edition: '2020',
        entity: { name: 'Alcaldía de Ejemplo' }, measuredAt: isoDaysAgo(1),
        index: { score: 2, level: 2 },
      } as const;

      const el = await build(html`<sctmm-index-badge .snapshot=${snapshot}
        src=${`/__badge/good.json?key=${key}`}></sctmm-index-badge>`);
      await wait(300);

      expect(segments(el).value).to.equal('Nivel 2 · 2,0');
      expect((await serverStats(key)).hits).to.equal(0);
    });
  });
});
