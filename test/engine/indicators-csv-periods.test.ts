import { expect } from '@open-wc/testing';
import { indicatorSetFromCsv } from '../../src/engine/indicators-csv.ts';
import { periodFromText } from '../../src/engine/period.ts';

describe('periodFromText', () => {
  it('reads quarters and semesters as spreadsheets write them', () => {
    const read = ['2019 T4', '2019-T4', '2019t4', ' 2019 - t 4 ', '2019 Q4',
      '2019-q4', '2022 S1', '2022s2'].map(periodFromText);

    expect(read).to.deep.equal(['2019-Q4', '2019-Q4', '2019-Q4', '2019-Q4',
      '2019-Q4', '2019-Q4', '2022-S1', '2022-S2']);
  });

  it('leaves every other text as it is, for the schema to judge', () => {
    for (const text of ['2019', '2023-07', '2019-T5', 'T4 2019', 'cuarto',
      '']) {
      expect(periodFromText(text)).to.equal(text);
    }
  });
});

describe('indicatorSetFromCsv: Spanish quarters', () => {
  it('reads "2019 T4" and "2023-T3" as the quarters they are', () => {
    const csv = 'indicador;subdimensión;nombre;unidad;polaridad;' +
      'linea_base;periodo_linea_base;valor_actual;periodo_actual\n' +
      'internet;infraestructuras-inteligentes;Accesos fijos;por 100 hab.;' +
      'mayor;25,25;2019 T4;28,48;2023-T3\n';

    const { value, problems } = indicatorSetFromCsv(csv);

    expect(problems).to.deep.equal([]);
    expect(value.indicators[0]?.baseline?.period).to.equal('2019-Q4');
    expect(value.indicators[0]?.current?.period).to.equal('2023-Q3');
  });
});

describe('indicatorSetFromCsv: the file as bytes', () => {
  const csv = 'indicador;subdimensión;nombre;unidad;polaridad;linea_base;' +
    'periodo_linea_base;valor_actual;periodo_actual\n' +
    'internet;infraestructuras-inteligentes;Accesos a Internet en Bogotá;' +
    'por 100 hab.;mayor;25,25;2019;28,48;2023\n';

  /** `text` as Windows-1252 bytes: one byte per character here. */
  const windows1252 = (text: string) =>
    Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('reads UTF-8, with or without a BOM, and Windows-1252', () => {
    const utf8 = new TextEncoder().encode(csv);
    const withBom = new TextEncoder().encode(`\ufeff${csv}`);

    for (const input of [utf8, withBom, utf8.buffer, windows1252(csv)]) {
      const { value, problems } = indicatorSetFromCsv(input);

      expect(problems).to.deep.equal([]);
      expect(value.indicators[0]?.name.es).to.equal(
        'Accesos a Internet en Bogotá');
    }
  });

  it('refuses anything else with a TypeError naming the reader', () => {
    for (const input of [null, 42, [1, 2], { text: csv }]) {
      expect(() => indicatorSetFromCsv(input as never)).to.throw(TypeError,
        /^indicatorSetFromCsv: expected the CSV as text, a Uint8Array/);
    }
  });
});
