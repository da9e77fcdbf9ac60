import { expect } from '@open-wc/testing';
import { detectDelimiter } from '../../src/engine/delimited.ts';
import { readTable } from '../../src/engine/table.ts';

describe('detectDelimiter: a header with as many , as ;', () => {
  it('takes ; when the rows keep the header\'s field count with it', () => {
    const csv = 'municipio;valor, en %\nMedellín;2,5\nBogotá;3\n' +
      'Cali;1.234\n';

    expect(detectDelimiter(csv)).to.equal(';');
  });

  it('takes , when the rows keep the header\'s field count with it', () => {
    const csv = 'name,note; more\nMedellín,one\nBogotá,two; three\n' +
      'Cali,four\n';

    expect(detectDelimiter(csv)).to.equal(',');
  });

  it('prefers the consistent delimiter even against the header count',
    () => {
      // Two commas against one semicolon in the header, but only ; splits
      // every row into the header's two fields.
      const csv = 'municipio;nombre, corto, oficial\nMedellín;MED\n' +
        'Bogotá;BOG\n';

      expect(detectDelimiter(csv)).to.equal(';');
    });

  it('follows quotes and line breaks inside them when it counts', () => {
    const csv = 'a;"b,\nc"\n"1,5";"x\ny"\n2;3\n';

    expect(detectDelimiter(csv)).to.equal(';');
  });

  it('takes ; on a full tie, and , when the header has neither', () => {
    expect(detectDelimiter('municipio;valor, en %\n')).to.equal(';');
    expect(detectDelimiter('municipio;valor, en %\nA;1,5\n'))
      .to.equal(';');
    expect(detectDelimiter('valor\n1\n')).to.equal(',');
    expect(detectDelimiter('')).to.equal(',');
  });

  it('reads such a file with readTable as the ; file it is', () => {
    const csv = '\ufeffmunicipio;valor, en %\nMedellín;2,5\nBogotá;3\n';

    const table = readTable(csv, { columns: {
      name: { header: 'municipio', type: 'text' },
      value: { header: 'valor, en %', type: 'number' },
    } });

    expect(table.delimiter).to.equal(';');
    expect(table.problems).to.deep.equal([]);
    expect(table.rows.map((r) => r.values.value)).to.deep.equal([2.5, 3]);
  });
});
