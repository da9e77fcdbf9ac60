// The survey of the perception benchmark: the default survey's first
// `count` statements, read from the engine's TypeScript through esbuild.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A survey of `count` statements of the default survey, id `bench-N`. */
export async function benchSurvey(count) {
  const result = await build({
    stdin: {
      contents: "export { defaultSurvey } from './src/engine/model/index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const url = `data:text/javascript;base64,${Buffer.from(code)
    .toString('base64')}`;
  const { defaultSurvey } = await import(url);
  if (defaultSurvey.statements.length < count) {
    throw new Error(`the default survey has fewer than ${count} statements`);
  }
  return {
    ...defaultSurvey,
    id: `bench-${count}`,
    statements: defaultSurvey.statements.slice(0, count),
  };
}
