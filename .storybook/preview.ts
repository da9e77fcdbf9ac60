/// <reference types="vite/client" />
// Every story gets the real elements, defined by the side-effect entry, and
// the Custom Elements Manifest, from which the Docs pages take each
// element's description and its table of attributes, properties, methods,
// events, slots, parts and CSS properties.
import {
  setCustomElementsManifest,
  type Preview,
} from '@storybook/web-components-vite';
import { declarationOf, manifestArgTypes } from './manifest-arg-types.ts';
import '../src/index.ts';

// custom-elements.json is generated (`npm run analyze`) and not committed:
// a glob, unlike an import, lets the type check pass in a fresh clone.
const manifests = import.meta.glob<unknown>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('custom-elements.json is missing: run `npm run analyze`');
}

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: {
      extractArgTypes: (tag: string) => manifestArgTypes(manifest, tag),
      extractComponentDescription: (tag: string) =>
        declarationOf(manifest, tag)?.description,
    },
  },
};

export default preview;
