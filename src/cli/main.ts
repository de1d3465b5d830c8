// The `spec-architect` command line: the same checks as the editor, for CI.
// An error no subcommand expected still ends in one line that says what
// happened and what to do, never a stack trace (SPEC_ARCHITECT_DEBUG=1 prints it).
import { reasonOf } from './nodeHost';
import { runCli } from './run';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const e = error as NodeJS.ErrnoException;
    const where = typeof e?.path === 'string' ? ` at ${e.path}` : '';
    process.stderr.write(`spec-architect: ${e?.code ? `${reasonOf(e)}${where}` : String(e?.message ?? error)}; check the folder and its permissions and run the command again.\n`);
    if (process.env.SPEC_ARCHITECT_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
