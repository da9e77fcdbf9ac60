import { expect } from '@open-wc/testing';
import { indicatorSetFromCsv } from '../../src/engine/indicators-csv.ts';
import { parseIndicatorSet } from '../../src/engine/parse-indicators.ts';
import { scoreResults } from '../../src/engine/results.ts';

const BOM = '\ufeff';

/** A Spanish spreadsheet export: `;`, decimal commas, Spanish headers. */
const spanish = BOM +
  'indicador;subdimensión;nombre;unidad;polaridad;linea_base;' +
  'periodo_linea_base;valor_actual;periodo_actual;meta;' +
  'promedio_pares;mejor_nacional\n' +
  'internet;infraestructuras-inteligentes;Accesos fijos;' +
  'por 100 hab.;mayor;25,25;2019-Q4;28,48;2023-Q3;;6,17;16,47\n' +
  'homicidios;seguridad;Tasa de homicidios;por 100.000 hab.;menor;' +
  '24,1;2019;25,9;2023;20;;\n' +
  'poblacion;bienestar;Población atendida;personas;mayor;' +
  '1.234.567;2019;1.250.000;2023;;;\n';

describe('indicatorSetFromCsv', () => {
  it('reads a Spanish ; export into a valid indicator set', () => {
    const { value, problems, delimiter } = indicatorSetFromCsv(spanish, {
      entity: { name: 'Bogotá', divipola: '11001' },
    });

    expect(problems).to.deep.equal([]);
    expect(delimiter).to.equal(';');
    expect(parseIndicatorSet(value).ok).to.equal(true);
    expect(value.entity?.divipola).to.equal('11001');
    expect(value.indicators[0]).to.deep.equal({
      id: 'internet',
      subdimension: 'infraestructuras-inteligentes',
      name: { es: 'Accesos fijos', en: 'Accesos fijos' },
      unit: { es: 'por 100 hab.', en: 'por 100 hab.' },
      polarity: 'higher',
      baseline: { value: 25.25, period: '2019-Q4' },
      current: { value: 28.48, period: '2023-Q3' },
      peers: { average: 6.17, best: 16.47 },
    });
  });

  it('reads lower polarity, a target and thousands dots', () => {
    const { value } = indicatorSetFromCsv(spanish);

    const [, homicides, people] = value.indicators;
    expect(homicides?.polarity).to.equal('lower');
    expect(homicides?.target).to.deep.equal({ value: 20, period: null });
    expect(people?.baseline?.value).to.equal(1234567);
    expect(people?.current?.value).to.equal(1250000);
  });

  it('gives levels from what it read', () => {
    const { value } = indicatorSetFromCsv(spanish);

    const levels = scoreResults(value).indicators.map((i) => i.level);

    // internet 28.48 ≥ best 16.47: 6; homicides rose 7.5 %: 1;
    // people +1.25 %, no peers, short of 10 %: 3.
    expect(levels).to.deep.equal([6, 1, 3]);
  });

  it('reads an English , export with peer values and a self-rating', () => {
    const csv = 'id,subdimension,name_es,name_en,unit,polarity,' +
      'baseline_value,current_value,peer_values,self_rated_level,' +
      'justification\n' +
      'a,salud,Afiliación,Enrolment,%,higher,90.5,92.25,' +
      '"80.1|92.25|95",,\n' +
      'b,ocio,Escenarios,Venues,per 10k,higher,,,,4,"Plan en marcha"\n';

    const { value, problems } = indicatorSetFromCsv(csv);

    expect(problems).to.deep.equal([]);
    expect(value.indicators[0]?.peerValues).to.deep.equal([80.1, 92.25, 95]);
    expect(value.indicators[0]?.name).to.deep.equal({
      es: 'Afiliación', en: 'Enrolment',
    });
    expect(value.indicators[1]).to.deep.include({
      selfRated: { level: 4, justification: 'Plan en marcha' },
    });
    expect(value.indicators[1]?.baseline).to.equal(undefined);
  });

  it('keeps a row without values as missing data', () => {
    const csv = 'id;subdimension;nombre;unidad;polaridad\n' +
      'x;salud;Algo;%;mayor\n';

    const { value } = indicatorSetFromCsv(csv);

    expect(value.indicators[0]?.baseline).to.deep.equal({
      value: null, period: null,
    });
    expect(scoreResults(value).indicators[0]?.reason)
      .to.equal('missing-data');
  });

  it('reports bad rows by number and keeps the good ones', () => {
    const csv = 'id;subdimension;nombre;unidad;polaridad;linea_base;' +
      'valor_actual;periodo_actual;valores_pares;nivel_autoevaluado;' +
      'justificacion\n' +
      'ok;salud;Bien;%;mayor;1;2;2023;;;\n' +
      'bad-number;salud;Mal;%;mayor;uno;2;2023;;;\n' +
      'bad-polarity;salud;Mal;%;arriba;1;2;2023;;;\n' +
      'ok;salud;Repetido;%;mayor;1;2;2023;;;\n' +
      'lost;no-existe;Mal;%;mayor;1;2;2023;;;\n' +
      'bad-period;salud;Mal;%;mayor;1;2;2023-T5;;;\n' +
      'bad-peers;salud;Mal;%;mayor;1;2;2023;1|x;;\n' +
      'no-unit;salud;Mal;;mayor;1;2;2023;;;\n' +
      'half-level;salud;Mal;%;mayor;;;;;2,5;Plan\n' +
      'no-reason;salud;Mal;%;mayor;;;;;3;\n' +
      'short;salud\n';

    const { value, problems } = indicatorSetFromCsv(csv);

    expect(value.indicators.map((i) => i.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => [p.row, p.reason])).to.deep.equal([
      [3, 'not a number: "uno"'],
      [4, '"polaridad": expected mayor or menor ("más es mejor", ' +
        '"menos es mejor"; in English higher or lower, "higher is ' +
        'better", "lower is better"), got "arriba"'],
      [5, 'id: duplicate id "ok"'],
      [6, 'subdimension: unknown sub-dimension "no-existe"'],
      [7, 'current.period: expected a period as YYYY, YYYY-Qn, YYYY-Sn ' +
        'or YYYY-MM'],
      [8, 'not a number: "x"'],
      [9, 'the unit is empty'],
      [10, 'selfRated.level: expected int, got number'],
      [11, 'the self-rating has no justification'],
      [12, 'expected 11 fields, got 2'],
    ]);
  });

  it('reports missing required columns', () => {
    const { value, problems } = indicatorSetFromCsv('id;nombre\nx;y\n');

    expect(value.indicators).to.deep.equal([]);
    expect(problems.map((p) => p.reason)).to.deep.equal([
      'missing column "subdimension"',
      'missing column "polarity"',
    ]);
  });
});
