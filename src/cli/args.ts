/** Parses `--name value` and `--flag` arguments; unknown names are an error with a one-line message. */
export function parseArgs(
  argv: string[],
  known: { values: string[]; flags: string[] },
): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.replace(/^--/, '');
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    if (known.flags.includes(name)) out[name] = true;
    else if (known.values.includes(name)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
      out[name] = v;
    } else throw new Error(`unknown option "${a}"`);
  }
  return out;
}

/** Runs a command's main; any error becomes one line on stderr and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    process.exit(1);
  });
}
