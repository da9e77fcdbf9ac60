import { expect, html } from '@open-wc/testing';
import {
  $,
  build,
  reach,
  rowNames,
  silentConsole,
  textOf,
  watchPage,
} from './results-table/helpers.ts';

/** The table once it has read `src`. */
async function reading(src: string) {
  const el = await build(html`<sctmm-results-table src=${src}>
    </sctmm-results-table>`);
  await reach(el, 'ready');
  return el;
}

const NAMES = ['Trámites en línea', 'Tasa de homicidios – área urbana'];

describe('<sctmm-results-table> src in another charset', () => {
  silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  for (const [route, how] of [
    ['cp1252.csv', 'with no charset named'],
    ['cp1252-as-utf8.csv', 'although the server says UTF-8'],
    ['latin1-named.csv', 'as the ISO-8859-1 the server names'],
  ]) {
    it(`reads a Windows-1252 CSV ${how}`, async () => {
      const el = await reading(`/__results/${route}`);

      expect(rowNames(el)).to.deep.equal(NAMES);
      expect(el.innerHTML + el.shadowRoot!.textContent).not.to.contain(
        '\ufffd');
    });
  }

  it('reads Windows-1252 JSON although the server says UTF-8', async () => {
    const el = await reading('/__results/cp1252-as-utf8.json');

    expect(rowNames(el)).to.deep.equal(['Trámites en línea']);
    expect(textOf($(el, 'caption'))).to.equal(
      'Indicadores de resultados de Alcaldía de Tunía – Cauca');
  });

  it('still reads real UTF-8 as UTF-8 when the server says so', async () => {
    const el = await reading('/__results/utf8.csv');

    expect(rowNames(el)).to.deep.equal(NAMES);
  });
});
