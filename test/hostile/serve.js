// Serves the hostile pages for a person to open: `node
// test/hostile/serve.js`, then one of the URLs printed; Ctrl+C stops it.
import { startServer } from './server.js';

const { origin } = await startServer();
for (const name of ['probe', 'every-element', 'hostile', 'inherited',
  'two-copies', 'react-attributes', 'react-wrappers']) {
  console.log(`${origin}/${name}.html`);
}
