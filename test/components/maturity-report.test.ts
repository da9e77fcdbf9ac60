import { expect, html } from '@open-wc/testing';
import type {
  SctmmIndexBadge,
} from '../../src/components/index-badge/index-badge.ts';
import type {
  SctmmRadarChart,
} from '../../src/components/radar-chart/radar-chart.ts';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import { cleanStorage, silentConsole, textOf } from './helpers.ts';
import {
  $,
  $$,
  $maybe,
  allText,
  EXAMPLE,
  build,
  capacityOnly,
  complete,
  fromSrc,
  partText,
  report,
  selfDiagnosis,
} from './maturity-report/helpers.ts';

/** Complete, without the capacity measurement. */
function withoutCapacity() {
  return { ...complete(), capacity: null };
}

describe('<sctmm-maturity-report> sections', () => {
  const console = silentConsole();
  cleanStorage();

  describe('header', () => {
    it('names the entity, its DIVIPOLA code, the date and the edition',
      async () => {
        const el = await report(complete());

        expect(textOf($(el, 'h2'))).to.equal(
          'Informe de madurez de ciudad y territorio inteligente');
        expect(partText(el, 'header')).to.include('Municipio de Prueba')
          .and.include('Código DIVIPOLA: 25899')
          .and.include('Fecha de medición: 30 de noviembre de 2026')
          .and.include('edición 2020 (6 niveles)');
      });
  });

  describe('index', () => {
    it('shows the index card and says it is the weighted mean of all ' +
      'three', async () => {
      const el = await report(complete());

      const badge = $(el, 'sctmm-index-badge') as SctmmIndexBadge;
      expect(badge.variant).to.equal('card');
      // (3.3 + 3.5 + 3.4) / 3 = 3.4, level 4.
      expect(badge.snapshot!.index).to.deep.equal({ score: 3.4, level: 4 });
      expect(partText(el, 'index-sentence')).to.equal(
        'El índice es el promedio ponderado de las mediciones disponibles ' +
        '(percepción 3,3, resultados 3,5 y capacidades 3,4), con pesos ' +
        'iguales porque el modelo no publica los suyos. Da 3,4 de 6: ' +
        'nivel 4, Conectado.');
    });

    it('says a partial index leaves the missing measurements out',
      async () => {
        const el = await report(capacityOnly());

        const sentences = $$(el, '[part~="index-sentence"]').map(textOf);
        expect(sentences).to.deep.equal([
          'El índice es el promedio ponderado de las mediciones ' +
          'disponibles (capacidades 3,4), con pesos iguales porque el ' +
          'modelo no publica los suyos. Da 3,4 de 6: nivel 4, Conectado.',
          'Es un índice parcial: faltan las mediciones de percepción y ' +
          'resultados, que no cuentan como cero sino que quedan fuera del ' +
          'promedio.',
        ]);
        const badge = $(el, 'sctmm-index-badge') as SctmmIndexBadge;
        expect(badge.snapshot!.parts!.perception).to.equal(null);
      });

    it('says so when no measurement has a score, with no badge', async () => {
      const none = { ...capacityOnly(), capacity: null };

      const el = await report(none);

      expect($maybe(el, 'sctmm-index-badge')).to.equal(null);
      expect(partText(el, 'index-sentence')).to.equal('No hay ninguna ' +
        'medición con puntaje: el índice no se puede calcular.');
    });
  });

  describe('radars', () => {
    it('draws the dimensions with perception and results as two series, ' +
      'and the axes', async () => {
      const el = await report(complete());

      const [dimensions, axes] = $$(el, 'sctmm-radar-chart') as
        SctmmRadarChart[];
      expect(dimensions!.preset).to.equal('dimensions');
      expect(dimensions!.series.map((s) => s.name)).to.deep.equal(
        ['Percepción ciudadana', 'Resultados']);
      expect(dimensions!.series[0]!.values).to.deep.equal(
        { governance: 2.5, habitat: 4 });
      expect(axes!.preset).to.equal('axes');
      expect(axes!.series[0]!.values['technology-standards']).to.equal(5);
      expect(axes!.max).to.equal(6);
    });

    it('draws no dimension radar without perception and results, and ' +
      'names them as missing in one line', async () => {
      const el = await report(capacityOnly());

      expect($$(el, 'sctmm-radar-chart')).to.have.length(1);
      expect($$(el, '[part~="radars"] .missing-ref').map(textOf))
        .to.deep.equal(['Sin medir: percepción y resultados. En «Las ' +
          'tres mediciones» se explica cómo obtener estas mediciones.']);
    });

    it('says a measurement with a score but no scored part has nothing ' +
      'to draw, instead of an empty chart', async () => {
      const bare = capacityOnly();
      bare.capacity!.axes = [];
      const noDimensions = { ...complete(), capacity: null };
      noDimensions.results!.dimensions = [];

      const axesLess = await report(bare);
      const resultsLess = await report(noDimensions);

      expect($$(axesLess, 'sctmm-radar-chart')).to.have.length(0);
      expect(textOf($(axesLess, '.no-parts'))).to.equal('Capacidades de ' +
        'la entidad tiene un puntaje total (3,4 de 6) pero ninguno por ' +
        'eje, así que no hay nada que dibujar.');
      const [dimensions] = $$(resultsLess, 'sctmm-radar-chart') as
        SctmmRadarChart[];
      expect(dimensions!.series.map((s) => s.name)).to.deep.equal(
        ['Percepción ciudadana']);
      expect(textOf($(resultsLess, '.no-parts'))).to.include(
        'Resultados tiene un puntaje total');
    });
  });

  describe('measurements', () => {
    it('shows each level, its name, its descriptor and the respondents',
      async () => {
        const el = await report(complete());

        const [perception, results, capacity] =
          $$(el, '[part~="measurement"]').map(textOf);
        expect(perception).to.include('Nivel 4 de 6: Conectado')
          .and.include('Puntaje: 3,3 de 6')
          .and.include('120 personas encuestadas')
          .and.include('La ciudadanía ve avances, pero aún no los siente');
        expect(results).to.include('Puntaje: 3,5 de 6')
          .and.include('Los indicadores muestran un avance importante.');
        expect(capacity).to.include('Puntaje: 3,4 de 6')
          .and.include('Varias áreas de la entidad trabajan juntas');
      });

    it('shows a missing measurement as missing, with how to take it, ' +
      'never as zero', async () => {
      const el = await report(capacityOnly());

      const [perception, results] = $$(el, '[part~="measurement"]');
      expect(textOf(perception)).to.include('Sin medir.')
        .and.include('No cuenta como cero')
        .and.include('Aplique la encuesta ciudadana de percepción');
      expect(textOf(results)).to.include('Registre los indicadores de ' +
        'resultados del territorio');
      expect(allText(el)).to.not.match(/\b0,0\b|NaN|undefined/);
    });

    it('says how to take a missing capacity measurement, and points to ' +
      'it from the next-level section', async () => {
      const el = await report(withoutCapacity());

      const capacity = $$(el, '[part~="measurement"]')[2];
      expect(textOf(capacity)).to.include('Complete el autodiagnóstico ' +
        'de capacidades de la entidad');
      expect(textOf($(el, '[part~="next-level"] .missing-ref'))).to.equal(
        'Sin medir: capacidades. En «Las tres mediciones» se explica ' +
        'cómo obtener esta medición.');
    });

    for (const lang of ['es', 'en']) {
      it(`says how to take each missing measurement once, in words for a ` +
        `planning office, naming no element (${lang})`, async () => {
        const none = { ...capacityOnly(), capacity: null };
        const cases = [capacityOnly(), withoutCapacity(), none];

        for (const given of cases) {
          const el = await report(given, lang);

          const missing = $$(el, '[part~="missing"]');
          const parts = missing.map((node) => node.closest(
            '[data-measurement]')?.getAttribute('data-measurement'));
          const absent = ['perception', 'results', 'capacity']
            .filter((part) => given[part as 'results'] === null);
          expect(parts).to.deep.equal(absent);
          const said = lang === 'es' ? 'Sin medir.' : 'Not measured.';
          expect(allText(el).split(said)).to.have.length(absent.length + 1);
          expect(allText(el)).to.not.match(/<sctmm-|sctmm-[a-z]/);
          expect($$(el, '[part~="missing"] code')).to.have.length(0);
        }
      });
    }

    it('tabulates every dimension and sub-dimension of the measurements ' +
      'taken', async () => {
      const el = await report(complete());

      const table = $(el, '[part~="scores-table"]') as HTMLTableElement;
      const header = [...table.tHead!.rows[0]!.cells].map(textOf);
      expect(header).to.deep.equal(['Dimensión o subdimensión',
        'Percepción ciudadana', 'Resultados']);
      // 6 dimensions and 29 sub-dimensions, after the header row.
      expect(table.rows).to.have.length(1 + 6 + 29);
      expect([...table.rows[1]!.cells].map(textOf)).to.deep.equal(
        ['Gobernanza', '2,5 (nivel 3)', 'Sin datos']);
      expect([...table.rows[2]!.cells].map(textOf)).to.deep.equal(
        ['Gobierno abierto', '2,0 (nivel 2)', 'Sin datos']);
    });

    it('has no table when neither perception nor results was taken',
      async () => {
        const el = await report(capacityOnly());

        expect($maybe(el, '[part~="scores-table"]')).to.equal(null);
      });
  });

  describe('weakest and strongest parts', () => {
    it('lists the three weakest and three strongest dimensions and axes',
      async () => {
        const el = await report(complete());

        const weakest = $$(el, '[part~="weakest"] li').map(textOf);
        const strongest = $$(el, '[part~="strongest"] li').map(textOf);
        expect(weakest).to.deep.equal([
          'Institucionalidad e innovación (capacidades): 1,0 de 6 · ' +
          'nivel 1, Básico',
          'Infraestructura digital e interoperabilidad (capacidades): 2,0 ' +
          'de 6 · nivel 2, Aislado',
          'Personas (resultados): 2,2 de 6 · nivel 3, Coordinado',
        ]);
        expect(strongest).to.deep.equal([
          'Analítica y gestión de los datos (capacidades): 6,0 de 6 · ' +
          'nivel 6, Optimizado',
          'Tecnología y estándares (capacidades): 5,0 de 6 · nivel 5, ' +
          'Integrado',
          'Medio ambiente (resultados): 4,7 de 6 · nivel 5, Integrado',
        ]);
      });

    it('lists two and two of the five axes of a self-diagnosis alone',
      async () => {
        const el = await report(capacityOnly());

        expect($$(el, '[part~="weakest"] li')).to.have.length(2);
        expect($$(el, '[part~="strongest"] li')).to.have.length(2);
      });
  });

  describe('roadmap', () => {
    it('lists the seven steps, each with a summary and three statuses',
      async () => {
        const el = await report(complete());

        const steps = $$(el, '[part~="roadmap-step"]');
        expect(steps).to.have.length(7);
        expect(textOf(steps[0]!.querySelector('legend'))).to.equal(
          '1. Definir la estrategia de adopción del modelo');
        expect(textOf(steps[6]!.querySelector('legend'))).to.equal(
          '7. Evaluar');
        const labels = [...steps[0]!.querySelectorAll('label')].map(textOf);
        expect(labels).to.deep.equal(['No iniciado', 'En curso', 'Hecho']);
        const checked = steps.map((step) => (step.querySelector(
          'input:checked') as HTMLInputElement).value);
        expect(new Set(checked)).to.deep.equal(new Set(['not-started']));
      });

    it('shows the statuses the assessment brings', async () => {
      const el = await report({ ...capacityOnly(), roadmap: {
        steps: { strategy: 'done', baseline: 'in-progress' } } });

      const checked = $$(el, '[part~="roadmap-step"] input:checked')
        .map((input) => (input as HTMLInputElement).value);
      expect(checked).to.deep.equal(['done', 'not-started', 'not-started',
        'in-progress', 'not-started', 'not-started', 'not-started']);
      expect(textOf($(el, '.roadmap-progress'))).to.equal(
        'Avance: 1 de 7 pasos hechos y 1 en curso.');
    });
  });

  describe('next level per axis', () => {
    it('groups the axes by level and says what the next one asks once ' +
      'per group', async () => {
      const el = await report(complete());

      const groups = $$(el, '[part~="axis-next"]');
      const levels = groups.map((group) => group.dataset.level);
      expect(levels).to.deep.equal([...levels].sort());
      const axes = groups.flatMap((group) =>
        [...group.querySelectorAll('[data-axis]')]);
      expect(axes).to.have.length(5);
      const leadership = $(el, '[data-axis="leadership-human-capital"]')
        .closest<HTMLElement>('[part~="axis-next"]')!;
      expect(textOf(leadership)).to.include('Nivel 3 de 6: Coordinado')
        .and.include('El nivel siguiente es el 4, Conectado. En él, según ' +
          'la escala de capacidad: Varias áreas de la entidad trabajan ' +
          'juntas');
      const top = $(el, '[data-axis="analytics-data-management"]')
        .closest<HTMLElement>('[part~="axis-next"]')!;
      expect(textOf(top)).to.include('ya está en el nivel más alto.');
      expect(allText(el)).to.not.include('El modelo lo describe así');
    });

    it('says what a level asks once for all the axes at that level',
      async () => {
        const same = capacityOnly();
        same.capacity!.axes.forEach((axis) => {
          axis.score = 3.4;
          axis.level = 4;
        });

        const el = await report(same);

        const groups = $$(el, '[part~="axis-next"]');
        expect(groups).to.have.length(1);
        expect($$(el, '.next-for')).to.have.length(1);
        expect(groups[0]!.querySelectorAll('[data-axis]')).to.have.length(5);
        const scale = 'Las iniciativas vinculan a actores';
        expect(allText(el).split(scale)).to.have.length(2);
      });

    it('lists what each capacity lacks when the answers came along',
      async () => {
        const el = await report(selfDiagnosis());

        // The answers put leadership at 7 / 4 = 1.75, level 2: each of
        // its four rubrics below 3 asks for its level-3 option.
        const axis = $(el, '[data-axis="leadership-human-capital"]');
        expect(textOf(axis.closest('[part~="axis-next"]'))).to.include(
          'Nivel 2 de 6: Aislado');
        expect(textOf(axis)).to.include('Según las respuestas del ' +
          'autodiagnóstico, le falta:');
        const rubric = defaultInstrument.axes[2]!.capacities[0]!;
        expect(textOf(axis.querySelector('.gaps > li'))).to.equal(
          `${rubric.title.es}: ${rubric.kind === 'rubric'
            ? rubric.options[2]!.text.es : ''}`);
      });

    it('uses the instrument property for answers to another instrument',
      async () => {
        const own = { ...defaultInstrument, id: 'instrumento-propio' };
        const given = { ...selfDiagnosis(),
          instrument: { id: own.id, version: own.version } };

        const without = await report(given);
        const withIt = await build(html`<sctmm-maturity-report no-persist
          .instrument=${own} .assessment=${given}></sctmm-maturity-report>`);

        expect($$(without, '.gaps')).to.have.length(0);
        expect($$(withIt, '.gaps').length).to.be.greaterThan(0);
      });

    it('warns once and lists no capacity for an invalid instrument',
      async () => {
        console.allow(/invalid-instrument/);
        const given = { ...selfDiagnosis(),
          instrument: { id: 'roto', version: '1' } };

        const el = await build(html`<sctmm-maturity-report no-persist
          .instrument=${{ id: 'roto' }} .assessment=${given}>
          </sctmm-maturity-report>`);

        expect($$(el, '.gaps')).to.have.length(0);
        expect(console.matching(/invalid-instrument/)).to.have.length(1);
      });

    it('says when an axis has no data', async () => {
      const given = capacityOnly();
      given.capacity!.axes = given.capacity!.axes.slice(1);

      const el = await report(given);

      const axis = $(el, '[data-axis="institutionality-innovation"]');
      expect(textOf(axis.closest('[part~="axis-next"]')))
        .to.include('Sin datos para este eje.');
    });
  });

  describe('footer', () => {
    it('names the entity, the date and the source', async () => {
      const el = await report(complete());

      expect(partText(el, 'footer')).to.match(new RegExp(
        '^Municipio de Prueba · Medición del 30 de noviembre de 2026 · ' +
        'Fuente: evaluación de la entidad según el Modelo de Madurez de ' +
        'Ciudades y Territorios Inteligentes \\(MinTIC\\) · Informe ' +
        'generado el \\d+ de \\w+ de \\d{4}$'));
    });

    it('names the URL it read', async () => {
      const el = await fromSrc(EXAMPLE);

      expect(partText(el, 'footer')).to.include(
        `Fuente: ${location.origin}/examples/assessment.json`);
    });
  });

  describe('in English', () => {
    it('writes numbers and dates as English does', async () => {
      const el = await report(complete(), 'en');

      expect(partText(el, 'index-sentence')).to.include(
        '(perception 3.3, results 3.5, and capacity 3.4)');
      expect(partText(el, 'header')).to.include(
        'Date of measurement: November 30, 2026');
      expect(textOf($$(el, '[part~="roadmap-step"] label')[2]))
        .to.equal('Done');
    });
  });
});
