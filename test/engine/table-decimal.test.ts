import { expect } from '@open-wc/testing';
import { indicatorSetFromCsv } from '../../src/engine/indicators-csv.ts';
import { parseLocaleNumber } from '../../src/engine/locale-number.ts';
import { readTable } from '../../src/engine/table.ts';

const columns = {
  code: { header: 'cod', type: 'code' as const },
  people: { header: 'personas', type: 'number' as const },
  share: { header: 'indice', type: 'number' as const },
};

describe('readTable: one decimal mark for the whole file', () => {
  it('keeps 1.234 as 1234 beside a stray 12.3 in a ; file', () => {
    const csv = 'cod;personas;indice\n' +
      '05001;1.234;2,5\n05002;12.3;3,75\n05004;2.500;0,5\n';

    const table = readTable(csv, { columns });

    expect(table.decimal).to.equal(',');
    expect(table.rows.map((r) => r.values.people)).to.deep.equal([
      1234, 2500,
    ]);
    expect(table.problems).to.deep.equal([{
      row: 3,
      column: 'personas',
      reason: '"12.3" is written with a decimal point, but the file\'s ' +
        'numbers use a decimal comma',
    }]);
  });

  it('decides by every number cell of the file, not column by column',
    () => {
      // The indice column alone would say "decimal point" (two cells
      // against none); the file says "decimal comma" (three against two).
      const csv = 'cod;personas;indice\n' +
        '05001;1,5;0.25\n05002;2,5;0.75\n05004;3,5;1.000\n';

      const table = readTable(csv, { columns });

      expect(table.decimal).to.equal(',');
      expect(table.rows.map((r) => r.values.share)).to.deep.equal([1000]);
      expect(table.problems.map((p) => [p.row, p.column]))
        .to.deep.equal([[2, 'indice'], [3, 'indice']]);
    });

  it('reports every text that contradicts the mark, either way', () => {
    const commaFile = ['0.234', '1234.5', '1,234.5', '12.3'];
    const pointFile = ['2,78', '0,5', '1.234,5', '12,3'];
    const cases = [
      { texts: commaFile, bulk: '2,5', delimiter: ';', mark: ',' },
      { texts: pointFile, bulk: '2.5', delimiter: ',', mark: '.' },
    ] as const;

    for (const { texts, bulk, delimiter, mark } of cases) {
      const lines = [`cod${delimiter}indice`,
        ...[...texts, ...texts.map(() => bulk), bulk]
          .map((text, i) => `${i}${delimiter}"${text}"`)];

      const table = readTable(lines.join('\n'), { columns });

      expect(table.decimal, mark).to.equal(mark);
      expect(table.problems.map((p) => p.row), mark)
        .to.deep.equal([2, 3, 4, 5]);
      expect(table.problems.every((p) => p.column === 'indice')).to.equal(
        true);
    }
  });

  it('breaks a tie by the delimiter: ; means decimal commas', () => {
    const semicolons = readTable(
      'cod;indice\n1;2,5\n2;2.5\n3;1.234\n', { columns });
    const commas = readTable(
      'cod,indice\n1,"2,5"\n2,2.5\n3,"1,234"\n', { columns });

    expect(semicolons.decimal).to.equal(',');
    expect(semicolons.rows.map((r) => r.values.share)).to.deep.equal([
      2.5, 1234,
    ]);
    expect(commas.decimal).to.equal('.');
    expect(commas.rows.map((r) => r.values.share)).to.deep.equal([
      2.5, 1234,
    ]);
  });

  it('obeys an explicit decimal option and reports what contradicts it',
    () => {
      const csv = 'cod;indice\n1;1.234\n2;2,5\n3;2,5\n';

      const table = readTable(csv, { columns, decimal: '.' });

      expect(table.decimal).to.equal('.');
      expect(table.rows.map((r) => r.values.share)).to.deep.equal([1.234]);
      expect(table.problems.map((p) => p.row)).to.deep.equal([3, 4]);
    });

  it('counts and checks each item of a list of peer values', () => {
    const csv = 'id;subdimension;nombre;unidad;polaridad;linea_base;' +
      'valor_actual;valores_pares\n' +
      'a;salud;A;%;mayor;1.000;1.200;1.100|12.5|1.300\n' +
      'b;salud;B;%;mayor;2,5;3,5;2,5|3,5\n';

    const { value, problems } = indicatorSetFromCsv(csv);

    expect(value.indicators.map((i) => i.id)).to.deep.equal(['b']);
    expect(problems).to.deep.equal([{
      row: 2,
      column: 'valores_pares',
      reason: '"12.5" is written with a decimal point, but the file\'s ' +
        'numbers use a decimal comma',
    }]);
  });

  it('leaves parseLocaleNumber lenient unless asked to be strict', () => {
    expect(parseLocaleNumber('12.3')).to.equal(12.3);
    expect(parseLocaleNumber('12.3', { strict: true })).to.equal(null);
    expect(parseLocaleNumber('1.234', { strict: true })).to.equal(1234);
    expect(parseLocaleNumber('2,5', { decimal: '.', strict: true }))
      .to.equal(null);
  });
});
