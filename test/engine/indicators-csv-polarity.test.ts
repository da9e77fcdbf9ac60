import { expect } from '@open-wc/testing';
import { indicatorSetFromCsv } from '../../src/engine/indicators-csv.ts';

/** A Spanish export with one row per polarity word. */
function spanishWith(...words: string[]): string {
  const rows = words.map((word, i) =>
    `i${i};seguridad;Tasa ${i};por 100.000 hab.;${word};24,1;2019;` +
    '25,9;2023');
  return 'indicador;subdimensión;nombre;unidad;polaridad;linea_base;' +
    `periodo_linea_base;valor_actual;periodo_actual\n${rows.join('\n')}\n`;
}

describe('indicatorSetFromCsv: polarity words', () => {
  it('reads the Spanish and English words, in any case or accent', () => {
    const words = ['mayor', 'MENOR', 'Más es mejor', 'menos es mejor',
      'higher', 'lower', 'Higher is better', 'lower is better'];

    const { value, problems } = indicatorSetFromCsv(spanishWith(...words));

    expect(problems).to.deep.equal([]);
    expect(value.indicators.map((i) => i.polarity)).to.deep.equal([
      'higher', 'lower', 'higher', 'lower',
      'higher', 'lower', 'higher', 'lower',
    ]);
  });

  it('names the Spanish words when it does not know one', () => {
    const { value, problems } = indicatorSetFromCsv(
      spanishWith('mayor', 'alta'));

    expect(value.indicators.map((i) => i.id)).to.deep.equal(['i0']);
    expect(problems).to.have.length(1);
    expect(problems[0]!.row).to.equal(3);
    expect(problems[0]!.column).to.equal('polaridad');
    expect(problems[0]!.reason).to.include('"polaridad": expected mayor ' +
      'or menor');
    expect(problems[0]!.reason).to.include('"más es mejor"');
    expect(problems[0]!.reason).to.include('got "alta"');
  });

  it('still asks for a polarity when the cell is empty', () => {
    const { problems } = indicatorSetFromCsv(spanishWith(''));

    expect(problems).to.have.length(1);
    expect(problems[0]!.reason).to.equal('"polaridad" is empty');
  });
});
