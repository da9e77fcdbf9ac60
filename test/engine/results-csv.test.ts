import { expect } from '@open-wc/testing';
import {
  detectDelimiter,
  readDelimited,
  stripBom,
} from '../../src/engine/delimited.ts';
import {
  inferDecimal,
  parseLocaleNumber,
} from '../../src/engine/locale-number.ts';
import { headerKey } from '../../src/engine/table-columns.ts';
import { readTable } from '../../src/engine/table.ts';

const BOM = '\ufeff';

describe('parseLocaleNumber', () => {
  it('reads decimal commas', () => {
    expect(parseLocaleNumber('2,78')).to.equal(2.78);
    expect(parseLocaleNumber('0,5')).to.equal(0.5);
    expect(parseLocaleNumber(',5')).to.equal(0.5);
  });

  it('reads thousands dots and both marks together', () => {
    expect(parseLocaleNumber('1.234.567')).to.equal(1234567);
    expect(parseLocaleNumber('1.234,5')).to.equal(1234.5);
    expect(parseLocaleNumber('12.345.678,90')).to.equal(12345678.9);
  });

  it('reads the English forms', () => {
    expect(parseLocaleNumber('1,234.5')).to.equal(1234.5);
    expect(parseLocaleNumber('1,234,567')).to.equal(1234567);
    expect(parseLocaleNumber('2.78')).to.equal(2.78);
  });

  it('reads "1.234" as 1234 with decimal commas, 1.234 with points', () => {
    expect(parseLocaleNumber('1.234')).to.equal(1234);
    expect(parseLocaleNumber('1.234', { decimal: ',' })).to.equal(1234);
    expect(parseLocaleNumber('1.234', { decimal: '.' })).to.equal(1.234);
  });

  it('reads "1,234" as 1.234 with decimal commas, 1234 with points', () => {
    expect(parseLocaleNumber('1,234')).to.equal(1.234);
    expect(parseLocaleNumber('1,234', { decimal: '.' })).to.equal(1234);
  });

  it('reads texts no grouping explains as decimals in any convention',
    () => {
      expect(parseLocaleNumber('1.23', { decimal: ',' })).to.equal(1.23);
      expect(parseLocaleNumber('0.234', { decimal: ',' })).to.equal(0.234);
      expect(parseLocaleNumber('1234.567', { decimal: ',' }))
        .to.equal(1234.567);
      expect(parseLocaleNumber('1,23', { decimal: '.' })).to.equal(1.23);
      expect(parseLocaleNumber('0,234', { decimal: '.' })).to.equal(0.234);
    });

  it('reads signs and spaces between groups', () => {
    expect(parseLocaleNumber('-2,5')).to.equal(-2.5);
    expect(parseLocaleNumber('\u22121.000')).to.equal(-1000);
    expect(parseLocaleNumber('+3')).to.equal(3);
    expect(parseLocaleNumber(' 1 234 567,5 ')).to.equal(1234567.5);
    expect(parseLocaleNumber('1\u00a0234')).to.equal(1234);
    expect(Object.is(parseLocaleNumber('-0'), 0)).to.equal(true);
  });

  it('gives null for empty text and for what is not a number', () => {
    for (const text of ['', '  ', '-', 'abc', '12%', '1e5', '1.2.3',
      '1,2,3', '1.23.456', '12.34,5', '1,234.5,6', '5.', 'NaN']) {
      expect(parseLocaleNumber(text), text).to.equal(null);
    }
  });
});

describe('inferDecimal', () => {
  it('finds the decimal comma of the MinTIC index column', () => {
    expect(inferDecimal(['2,78', '1,80', '1,500', '12'])).to.equal(',');
  });

  it('finds the decimal point of an English export', () => {
    expect(inferDecimal(['2.78', '1,500', '0.5'])).to.equal('.');
  });

  it('gives null when every text is ambiguous or marks tie', () => {
    expect(inferDecimal(['1.234', '12', '', 'x'])).to.equal(null);
    expect(inferDecimal(['2,5', '2.5'])).to.equal(null);
  });
});

describe('detectDelimiter and readDelimited', () => {
  it('detects ; and , from the header line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).to.equal(';');
    expect(detectDelimiter('a,b,c\n"1;5",2,3')).to.equal(',');
    expect(detectDelimiter('"a,b";c;d\n')).to.equal(';');
    expect(detectDelimiter(`${BOM}a;b`)).to.equal(';');
  });

  it('drops a BOM so the first header is clean', () => {
    const text = readDelimited(`${BOM}código;valor\r\n05001;1\r\n`);

    expect(stripBom(`${BOM}x`)).to.equal('x');
    expect(text.header).to.deep.equal(['código', 'valor']);
    expect(text.records).to.deep.equal([
      { row: 2, fields: ['05001', '1'] },
    ]);
  });

  it('skips blank lines and reports rows of the wrong width', () => {
    const text = readDelimited('a,b\n1,2\n\n3\n4,5,6\n7,8,\n');

    expect(text.records.map((r) => r.row)).to.deep.equal([2, 6]);
    expect(text.problems).to.deep.equal([
      { row: 4, reason: 'expected 2 fields, got 1' },
      { row: 5, reason: 'expected 2 fields, got 3' },
    ]);
  });

  it('counts a quoted field across lines as one row', () => {
    const text = readDelimited('a,b\n"two\nlines",1\nx\n');

    expect(text.records[0]?.fields).to.deep.equal(['two\nlines', '1']);
    expect(text.problems).to.deep.equal([
      { row: 3, reason: 'expected 2 fields, got 1' },
    ]);
  });

  it('reports a file without a header', () => {
    expect(readDelimited('').problems).to.deep.equal([
      { row: 1, reason: 'the file has no header row' },
    ]);
  });
});

describe('readTable', () => {
  const columns = {
    code: { header: ['Código Municipio', 'cod'], type: 'code' as const,
      width: 5, required: true },
    name: { header: 'Municipio', type: 'text' as const },
    value: { header: 'INDICE', type: 'number' as const },
  };

  it('reads a ; export with thousands dots and decimal commas', () => {
    const csv = 'Código Municipio;Municipio;INDICE\n' +
      '05001;MEDELLÍN;1.234,5\n11001;"BOGOTÁ; D.C.";2.251.960\n';

    const table = readTable(csv, { columns });

    expect(table.delimiter).to.equal(';');
    expect(table.decimal).to.equal(',');
    expect(table.rows).to.deep.equal([
      { row: 2, values: { code: '05001', name: 'MEDELLÍN', value: 1234.5 } },
      { row: 3, values: { code: '11001', name: 'BOGOTÁ; D.C.',
        value: 2251960 } },
    ]);
  });

  it('reads a , export with quoted decimal commas, as MinTIC writes it',
    () => {
      const csv = `${BOM}COD,MUNICIPIO,INDICE\n` +
        '05001,"BOGOTÁ, D.C.","2,78"\n05002,ABEJORRAL,"1,500"\n';

      const table = readTable(csv, { columns });

      expect(table.delimiter).to.equal(',');
      expect(table.decimal).to.equal(',');
      expect(table.rows.map((r) => r.values.value)).to.deep.equal([
        2.78, 1.5,
      ]);
      expect(table.rows[0]?.values.name).to.equal('BOGOTÁ, D.C.');
    });

  it('reads "1.234" by the delimiter when the column does not tell', () => {
    const semicolons = 'cod;INDICE\n05001;1.234\n';
    const commas = 'cod,INDICE\n05001,1.234\n';

    expect(readTable(semicolons, { columns }).rows[0]?.values.value)
      .to.equal(1234);
    expect(readTable(commas, { columns }).rows[0]?.values.value)
      .to.equal(1.234);
  });

  it('obeys the decimal mark it is given', () => {
    const csv = 'cod;INDICE\n05001;1.234\n';

    const table = readTable(csv, { columns, decimal: '.' });

    expect(table.rows[0]?.values.value).to.equal(1.234);
  });

  it('keeps leading zeros and pads a code a spreadsheet shortened', () => {
    const csv = 'cod,INDICE\n05001,1\n5001,2\n8,3\n';

    const table = readTable(csv, { columns });

    expect(table.rows.map((r) => r.values.code)).to.deep.equal([
      '05001', '05001', '00008',
    ]);
  });

  it('keeps a code as written when no width is declared', () => {
    const csv = 'cod\n5001\n';

    const table = readTable(csv, {
      columns: { code: { header: 'cod', type: 'code' } },
    });

    expect(table.rows[0]?.values.code).to.equal('5001');
  });

  it('gives null for empty and missing-value cells', () => {
    const csv = 'cod;Municipio;INDICE\n05001;;\n05002;x;ND\n05004;y;-\n';

    const table = readTable(csv, { columns });

    expect(table.rows.map((r) => [r.values.name, r.values.value]))
      .to.deep.equal([[null, null], ['x', null], ['y', null]]);
    expect(table.problems).to.deep.equal([]);
  });

  it('reports each bad cell with its row and leaves the row out', () => {
    const csv = 'cod;INDICE\n05001;2,5\nABC;1\n123456;x\n;4\n05002;3\n';

    const table = readTable(csv, { columns });

    expect(table.rows.map((r) => r.row)).to.deep.equal([2, 6]);
    expect(table.problems).to.deep.equal([
      { row: 3, column: 'cod', reason: 'not a code: "ABC"' },
      { row: 4, column: 'cod', reason: 'expected at most 5 digits: "123456"' },
      { row: 4, column: 'INDICE', reason: 'not a number: "x"' },
      { row: 5, column: 'cod', reason: '"cod" is empty' },
    ]);
  });

  it('puts width problems of the file among the cell problems, by row',
    () => {
      const csv = 'cod;INDICE\nABC;1\n05001\n05002;3\n';

      const table = readTable(csv, { columns });

      expect(table.problems.map((p) => p.row)).to.deep.equal([2, 3]);
    });

  it('reports a missing required column and reads no row', () => {
    const csv = 'Municipio;INDICE\nx;1\n';

    const table = readTable(csv, { columns });

    expect(table.rows).to.deep.equal([]);
    expect(table.problems).to.deep.equal([{
      row: 1,
      column: 'Código Municipio',
      reason: 'missing column "Código Municipio"',
    }]);
  });

  it('matches headers without case, accents or separators', () => {
    expect(headerKey(' Código_Municipio ')).to.equal('codigo municipio');
    expect(headerKey('AÑO')).to.equal('ano');
    expect(headerKey('baseline-value')).to.equal('baseline value');
  });
});
