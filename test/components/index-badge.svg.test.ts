import { expect, html } from '@open-wc/testing';
import {
  build,
  isoDaysAgo,
  nameOf,
  reach,
  silentConsole,
  watchPage,
} from './index-badge/helpers.ts';

/** Parses an SVG string as a standalone XML document would be. */
function parse(svg: string): XMLDocument {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const texts = (doc: XMLDocument) =>
  [...doc.querySelectorAll('text')].map((t) => t.textContent);

describe('<sctmm-index-badge> toSVG()', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('gives a standalone SVG image named by the badge\'s sentence',
    async () => {
      const el = await build(html`<sctmm-index-badge score="3.8"
        entity-name="Alcaldía de Ejemplo" measured-at=${isoDaysAgo(3)}>
        </sctmm-index-badge>`);

      const svg = el.toSVG();

      const doc = parse(svg);
      const root = doc.documentElement;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(root.getAttribute('role')).to.equal('img');
      expect(doc.querySelector('title')?.textContent).to.equal(nameOf(el));
      expect(root.getAttribute('aria-label')).to.equal(nameOf(el));
      expect(texts(doc)).to.deep.equal(['Índice CTI', 'Nivel 4 · 3,8']);
      expect(svg).to.not.match(/NaN|undefined|Infinity/);
    });

  it('colours the value by its level', async () => {
    const el = await build(html`<sctmm-index-badge score="5.6">
      </sctmm-index-badge>`);

    const doc = parse(el.toSVG());

    const fills = [...doc.querySelectorAll('rect')]
      .map((r) => r.getAttribute('fill'));
    expect(fills).to.deep.equal(['#4b4b4b', '#004884']);
  });

  it('lays the boxes side by side over the whole width', async () => {
    const el = await build(html`<sctmm-index-badge score="3.8">
      </sctmm-index-badge>`);

    const doc = parse(el.toSVG());

    const width = Number(doc.documentElement.getAttribute('width'));
    const [label, value] = [...doc.querySelectorAll('rect')].map((r) => ({
      x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) }));
    expect(label!.x).to.equal(0);
    expect(value!.x).to.equal(label!.w);
    expect(value!.x + value!.w).to.equal(width);
    expect(width).to.be.greaterThan(80);
  });

  it('escapes <, & and quotes in the label and entity name', async () => {
    const label = '<Índice & "CTI">';
    const entity = 'Alcaldía "A" & <B> \'C\'';
    const el = await build(html`<sctmm-index-badge score="3.8"
      label=${label} entity-name=${entity}></sctmm-index-badge>`);

    const svg = el.toSVG();

    expect(svg).to.not.contain('<B>');
    expect(svg).to.not.contain('"CTI"');
    expect(svg).to.contain('&#60;Índice &#38; &#34;CTI&#34;&#62;');
    const doc = parse(svg);
    expect(texts(doc)[0]).to.equal(label);
    expect(doc.querySelector('title')?.textContent).to.contain(entity);
    expect(doc.querySelectorAll('*').length).to.equal(7);
  });

  it('shows a stale value with its note', async () => {
    const el = await build(html`<sctmm-index-badge score="3.8"
      measured-at=${isoDaysAgo(500)}></sctmm-index-badge>`);

    const doc = parse(el.toSVG());

    expect(texts(doc)).to.deep.equal(['Índice CTI', 'Nivel 4 · 3,8',
      'desactualizado']);
    expect(doc.querySelectorAll('rect')[1]!.getAttribute('fill'))
      .to.equal('#767676');
  });

  it('shows why there is no value', async () => {
    output.allow(/snapshot-unavailable/);
    const el = await build(html`<sctmm-index-badge lang="en"
      src="/__badge/500"></sctmm-index-badge>`);
    await reach(el, 'error');

    const doc = parse(el.toSVG());

    expect(texts(doc)).to.deep.equal(['SCT index', 'error 500']);
    expect(doc.querySelector('title')?.textContent).to.equal(
      'Smart Cities and Territories Index: not available. Could not ' +
      'download the index (src="/__badge/500"): the server answered with ' +
      'status 500.');
  });

  it('draws an empty badge', async () => {
    const el = await build(html`<sctmm-index-badge></sctmm-index-badge>`);

    expect(texts(parse(el.toSVG()))).to.deep.equal(['Índice CTI',
      'sin datos']);
  });
});
