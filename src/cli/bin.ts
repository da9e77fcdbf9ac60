import { main } from './main.ts';
import { processOutput } from './output.ts';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2), processOutput).then(
  (status) => { process.exitCode = status; },
  (error: unknown) => {
    const detail = error instanceof Error ? error.stack : String(error);
    process.stderr.write(`sctmm: unexpected error, please report it:\n` +
      `${detail}\n`);
    process.exitCode = 1;
  },
);
