/**
 * `npm run --silent extract -- [--format json|markdown|table] [--reference-date YYYY-MM-DD] [FILE|-]`
 * Analyses a draft (default: the built-in sample) and prints the Analysis JSON, a 落实清单 or a table.
 * The logic lives in ./cli/; this file only wires it to the process.
 */
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/main';
import { nodeIo } from './cli/node-io';

const sampleFile = fileURLToPath(new URL('../tests/fixtures/drafts/speech.txt', import.meta.url));

// nb. A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// exitCode, not exit(): exit() could cut off a large output still being written to a pipe.
process.exitCode = await runCli(process.argv.slice(2), nodeIo(sampleFile));
