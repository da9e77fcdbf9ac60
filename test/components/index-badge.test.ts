import { expect, fixture, html } from '@open-wc/testing';
import type {
  IndexSnapshot,
} from '../../src/engine/schema/index-snapshot.ts';
import {
  $,
  $maybe,
  build,
  englishDate,
  exampleSnapshot,
  isoDaysAgo,
  nameOf,
  recordEvents,
  segments,
  shownText,
  silentConsole,
  spanishDate,
  textOf,
  watchPage,
} from './index-badge/helpers.ts';

const NAME_ES = 'Índice de Ciudades y Territorios Inteligentes';


describe('<sctmm-index-badge> without src', () => {
  const output = silentConsole();
  const page = watchPage();
  const seen = recordEvents();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('defaults', () => {
    it('is empty, says so, and has the Spanish label', async () => {
      const el = await build(html`<sctmm-index-badge></sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('empty');
      expect(el.state).to.equal('empty');
      expect(segments(el)).to.deep.equal({ label: 'Índice CTI',
        value: 'sin datos', note: '' });
      expect(nameOf(el)).to.equal(`${NAME_ES}: sin datos.`);
    });

    it('is a one-line image named by its sentence', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8">
        </sctmm-index-badge>`);

      const badge = $(el, '[part="badge"]');
      expect(badge.getAttribute('role')).to.equal('img');
      expect($maybe(el, '[part="card"]')).to.equal(null);
    });

    it('speaks English with lang="en"', async () => {
      const el = await build(html`<sctmm-index-badge lang="en">
        </sctmm-index-badge>`);

      expect(segments(el)).to.deep.equal({ label: 'SCT index',
        value: 'no data', note: '' });
      expect(nameOf(el))
        .to.equal('Smart Cities and Territories Index: no data.');
    });

    it('follows the language of an ancestor', async () => {
      const box = await fixture(html`<div lang="en-GB"><sctmm-index-badge
        score="3.8"></sctmm-index-badge></div>`);

      const el = box.querySelector('sctmm-index-badge')!;
      await el.updateComplete;
      expect(segments(el).value).to.equal('Level 4 · 3.8');
    });
  });

  describe('score, level and label', () => {
    it('shows the level and the score with a decimal comma', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8">
        </sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('ready');
      expect(segments(el)).to.deep.equal({ label: 'Índice CTI',
        value: 'Nivel 4 · 3,8', note: '' });
      expect(nameOf(el)).to.equal(
        `${NAME_ES}: nivel 4, Conectado, puntaje 3,8 de 6.`);
    });

    it('reads a score written with a decimal comma', async () => {
      const el = await build(html`<sctmm-index-badge score="3,8">
        </sctmm-index-badge>`);

      expect(segments(el).value).to.equal('Nivel 4 · 3,8');
    });

    it('names the entity and the date of measurement', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8"
        entity-name="Alcaldía de Ejemplo" measured-at="2026-06-30"
        max-age="36500"></sctmm-index-badge>`);

      expect(nameOf(el)).to.equal(`${NAME_ES} de Alcaldía de Ejemplo: ` +
        'nivel 4, Conectado, puntaje 3,8 de 6, medido el 30 de junio de ' +
        '2026.');
    });

    it('names them in English too', async () => {
      const el = await build(html`<sctmm-index-badge lang="en" score="3.8"
        entity-name="Alcaldía de Ejemplo" measured-at="2026-06-30"
        max-age="36500"></sctmm-index-badge>`);

      expect(nameOf(el)).to.equal('Smart Cities and Territories Index of ' +
        'Alcaldía de Ejemplo: level 4, Connected, score 3.8 out of 6, ' +
        'measured on June 30, 2026.');
    });

    it('accepts the level of the score', async () => {
      const el = await build(html`<sctmm-index-badge score="1" level="1">
        </sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('ready');
      expect(segments(el).value).to.equal('Nivel 1 · 1,0');
    });

    it('says a level given without a score is an error', async () => {
      output.allow(/invalid-attributes/);

      const el = await build(html`<sctmm-index-badge level="4">
        </sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('error');
      const [event] = seen.errors();
      expect(event?.detail.code).to.equal('schema');
      expect(event?.detail.issues[0]?.path).to.equal('score');
    });

    it('names both a missing score and a level beyond the scale',
      async () => {
        output.allow(/invalid-attributes/);

        const el = await build(html`<sctmm-index-badge level="7"
          variant="card"></sctmm-index-badge>`);

        expect(el.getAttribute('state')).to.equal('error');
        expect(seen.errors()[0]?.detail.issues).to.deep.equal([
          { path: 'score', message: 'expected a score with the level' },
          { path: 'level', message: 'expected a whole number from 1 to 6' },
        ]);
      });

    it('fits a 320 px wide phone, wrapping a long label', async () => {
      const box = document.createElement('div');
      box.style.width = '288px';
      document.body.append(box);
      const el = await build(html`<sctmm-index-badge score="3.8"
        label="Índice de Ciudades y Territorios Inteligentes">
        </sctmm-index-badge>`);
      box.append(el);
      await el.updateComplete;

      const right = $(el, '[part="badge"]').getBoundingClientRect().right;
      const edge = box.getBoundingClientRect().right;
      box.remove();

      expect(right).to.be.at.most(edge);
    });

    it('shows the label given', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8"
        label="Índice 2026"></sctmm-index-badge>`);

      expect(segments(el).label).to.equal('Índice 2026');
    });

    it('follows a change of score', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8">
        </sctmm-index-badge>`);

      el.setAttribute('score', '5.2');
      await el.updateComplete;

      expect(segments(el).value).to.equal('Nivel 6 · 5,2');
    });

    it('shows an error for a level that is not the score\'s', async () => {
      output.allow(/invalid-attributes/);
      const el = await build(html`<sctmm-index-badge score="3.8" level="5">
        </sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('error');
      expect(segments(el).value).to.equal('datos no válidos');
      expect(nameOf(el)).to.equal(`${NAME_ES}: no disponible. El ` +
        'atributo (level) tiene errores y no se puede usar.');
    });

    for (const [score, issue] of [
      ['alto', 'score: expected a number from 0 to 6'],
      ['', 'score: expected a number from 0 to 6'],
      ['-1', 'score: expected a number from 0 to 6'],
      ['7', 'score: expected at most 6'],
    ]) {
      it(`shows an error for score="${score}"`, async () => {
        output.allow(/invalid-attributes/);
        const el = await build(html`<sctmm-index-badge score=${score!}
          variant="card"></sctmm-index-badge>`);

        expect(el.getAttribute('state')).to.equal('error');
        expect(textOf($(el, '[part="issues"]'))).to.equal(issue);
        expect(shownText(el)).to.not.match(/NaN|undefined|null/);
      });
    }

    it('shows an error for a measured-at that is not a date', async () => {
      output.allow(/invalid-attributes/);
      const el = await build(html`<sctmm-index-badge score="3.8"
        measured-at="30/06/2026" variant="card"></sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('error');
      expect(textOf($(el, '[part="issues"]')))
        .to.equal('measured-at: expected a date as YYYY-MM-DD');
    });
  });

  describe('max-age', () => {
    it('marks a value measured more than 400 days ago as stale', async () => {
      const measured = isoDaysAgo(401);

      const el = await build(html`<sctmm-index-badge score="3.8"
        measured-at=${measured}></sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('stale');
      expect(segments(el)).to.deep.equal({ label: 'Índice CTI',
        value: 'Nivel 4 · 3,8', note: 'desactualizado' });
      expect(nameOf(el)).to.equal(`${NAME_ES}: nivel 4, Conectado, ` +
        `puntaje 3,8 de 6, medido el ${spanishDate(measured)}. El dato ` +
        'tiene más de 400 días: puede estar desactualizado.');
    });

    it('keeps a value exactly max-age days old ready', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8"
        measured-at=${isoDaysAgo(30)} max-age="30"></sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('marks it stale one day later', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8"
        measured-at=${isoDaysAgo(31)} max-age="30"></sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('stale');
    });
  });

  describe('variant="card"', () => {
    it('shows the entity, badge, level name and date', async () => {
      const measured = isoDaysAgo(30);

      const el = await build(html`<sctmm-index-badge variant="card"
        score="3.8" entity-name="Alcaldía de Ejemplo"
        measured-at=${measured}></sctmm-index-badge>`);

      const card = $(el, '[part="card"]');
      expect(card.getAttribute('role')).to.equal('group');
      expect(textOf($(el, '[part="entity"]'))).to.equal('Alcaldía de Ejemplo');
      expect(segments(el).value).to.equal('Nivel 4 · 3,8');
      expect(textOf($(el, '[part="level-name"]')))
        .to.equal('Nivel 4: Conectado');
      expect(textOf($(el, '[part="date"]')))
        .to.equal(`Medido el ${spanishDate(measured)}`);
      expect($maybe(el, '[part="parts"]')).to.equal(null);
    });

    it('shows the parts and the source of a snapshot', async () => {
      const el = await build(html`<sctmm-index-badge variant="card"
        .snapshot=${exampleSnapshot()}></sctmm-index-badge>`);

      const rows = [...el.shadowRoot!.querySelectorAll('[part="part"]')]
        .map((row) => textOf(row));
      expect(rows).to.deep.equal([
        'Percepción3,5 · nivel 4',
        'Resultados4,1 · nivel 5',
        'Capacidades3,8 · nivel 4',
      ]);
      const link = $(el, '[part="source"]') as HTMLAnchorElement;
      expect(link.href).to.equal(exampleSnapshot().source);
      expect(textOf(link)).to.equal('Fuente de los datos');
    });

    it('says which parts a partial snapshot lacks', async () => {
      const partial = { ...exampleSnapshot(), index: { score: 3.4, level: 4 },
        parts: { perception: null, capacity: { score: 3.4, level: 4 } } };

      const el = await build(html`<sctmm-index-badge variant="card"
        .snapshot=${partial}></sctmm-index-badge>`);

      expect(segments(el).note).to.equal('parcial');
      expect(textOf($(el, '[part="parts"]')))
        .to.contain('Percepciónsin medir');
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Índice parcial (sin medir: percepción y resultados).');
    });

    it('speaks English', async () => {
      const el = await build(html`<sctmm-index-badge variant="card"
        lang="en" .snapshot=${exampleSnapshot()}></sctmm-index-badge>`);

      expect(textOf($(el, '[part="level-name"]')))
        .to.equal('Level 4: Connected');
      expect(textOf($(el, '[part="date"]')))
        .to.equal(`Measured on ${englishDate(isoDaysAgo(30))}`);
      expect(textOf($(el, '[part="part"]')))
        .to.equal('Perception3.5 · level 4');
    });

    it('warns about an unknown variant and draws the flat badge',
      async () => {
        output.allow(/invalid-variant/);

        const el = await build(html`<sctmm-index-badge variant="big"
          score="3.8"></sctmm-index-badge>`);

        expect($maybe(el, '[part="card"]')).to.equal(null);
        expect(output.matching(/variant="big" is not one of flat, card/))
          .to.have.length(1);
      });
  });

  describe('the snapshot property', () => {
    it('shows a snapshot of the 5-level edition on its scale', async () => {
      const snapshot = { ...exampleSnapshot(), edition: '2021',
        index: { score: 4.5, level: 5 } };
      delete (snapshot as Partial<IndexSnapshot>).parts;

      const el = await build(html`<sctmm-index-badge
        .snapshot=${snapshot}></sctmm-index-badge>`);

      expect(nameOf(el)).to.contain('nivel 5, Optimizado, puntaje 4,5 de 5');
      expect($(el, '[part="badge"]').classList.contains('band-6'))
        .to.equal(true);
    });

    it('wins over score', async () => {
      const el = await build(html`<sctmm-index-badge score="1"
        .snapshot=${exampleSnapshot()}></sctmm-index-badge>`);

      expect(segments(el).value).to.equal('Nivel 4 · 3,8');
    });

    it('shows the issues of an invalid snapshot', async () => {
      output.allow(/invalid-snapshot/);
      const bad = { ...exampleSnapshot(), index: { score: 3.8, level: 9 } };

      const el = await build(html`<sctmm-index-badge variant="card"
        .snapshot=${bad}></sctmm-index-badge>`);

      expect(el.getAttribute('state')).to.equal('error');
      expect(textOf($(el, '[part="message"]'))).to.equal('La propiedad ' +
        '(snapshot) tiene errores y no se puede usar.');
      expect(textOf($(el, '[part="issues"]')))
        .to.equal('index.level: expected at most 6');
    });
  });

  describe('events', () => {
    it('fires sctmm-error once for invalid attributes, in error state',
      async () => {
        output.allow(/invalid-attributes/);
        let stateWhenFired = '';
        const listener = (event: Event) => {
          stateWhenFired = (event.target as Element).getAttribute('state')!;
        };
        document.addEventListener('sctmm-error', listener);

        await build(html`<sctmm-index-badge score="alto">
          </sctmm-index-badge>`);
        document.removeEventListener('sctmm-error', listener);

        expect(seen.errors()).to.have.length(1);
        const { detail } = seen.errors()[0]!;
        expect(detail.code).to.equal('schema');
        expect(detail.reason).to.equal('schema');
        expect(detail.issues).to.deep.equal([
          { path: 'score', message: 'expected a number from 0 to 6' }]);
        expect(detail.message).to.equal('El atributo (score) tiene ' +
          'errores y no se puede usar.');
        expect(stateWhenFired).to.equal('error');
      });

    it('fires nothing for a valid score or on a re-render', async () => {
      const el = await build(html`<sctmm-index-badge score="3.8">
        </sctmm-index-badge>`);

      el.lang = 'en';
      await el.updateComplete;

      expect(seen.errors()).to.have.length(0);
      expect(seen.updates()).to.have.length(0);
    });
  });
});
