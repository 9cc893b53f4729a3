import { EXIT_PROBLEMS } from './command';
import { main } from './content';

// The entry of `npm run content`: everything else is in `main`, which tests call in-process.
// It sets the exit code rather than calling process.exit, which may cut off an export still
// being written to a pipe (pipes are asynchronous on macOS and Windows).
main(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`content: unexpected error: ${String(error)}\n`);
    process.exitCode = EXIT_PROBLEMS;
  },
);
