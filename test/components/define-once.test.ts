import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/components/shared/define.ts';
import { VERSION } from '../../src/version.ts';
import { silentConsole } from './helpers.ts';

/** A class for a test tag, distinct from any other. */
const anElement = () => class extends HTMLElement {};

describe('defineOnce', () => {
  const output = silentConsole();

  it('defines a tag and records this version in globalThis.__sctmm', () => {
    const element = anElement();

    defineOnce('sctmm-test-first', element);

    expect(customElements.get('sctmm-test-first')).to.equal(element);
    expect(globalThis.__sctmm?.elements['sctmm-test-first'])
      .to.equal(VERSION);
    expect(globalThis.__sctmm?.copies).to.include(VERSION);
  });

  it('says nothing when the same class is defined again', () => {
    const element = anElement();
    defineOnce('sctmm-test-again', element);

    defineOnce('sctmm-test-again', element);

    expect(output.matching(/./)).to.deep.equal([]);
  });

  it('keeps the first class of a tag and warns once, with both versions',
    () => {
      output.allow(/duplicate-definition/);
      const first = anElement();
      defineOnce('sctmm-test-kept', first);
      defineOnce('sctmm-test-kept-too', anElement());
      globalThis.__sctmm!.elements['sctmm-test-kept'] = '0.0.9';
      globalThis.__sctmm!.elements['sctmm-test-kept-too'] = '0.0.9';

      defineOnce('sctmm-test-kept', anElement());
      defineOnce('sctmm-test-kept-too', anElement());

      expect(customElements.get('sctmm-test-kept')).to.equal(first);
      expect(output.matching(/duplicate-definition/).map((c) => c.text))
        .to.deep.equal([`[sctmm] duplicate-definition: sctmm ${VERSION} ` +
          'is loaded on a page where sctmm 0.0.9 already defines the ' +
          'elements; the elements of the first copy are used. Load one ' +
          'copy of sctmm per page.']);
    });
});
