/** `--data DIR` / `--data=DIR` from argv, else DATA_DIR, else the project's data/articles. */
export function dataDirFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (i >= 0) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (value) return value;
  }
  return env.DATA_DIR || 'data/articles';
}

/** `--charts DIR` / `--charts=DIR`: where the console writes chart images; undefined → a temp directory. */
export function chartsDirFromArgs(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--charts' || a.startsWith('--charts='));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1]) || undefined;
}

/** argv without `--charts DIR`. */
export function withoutChartsArg(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--charts') i++;
    else if (!argv[i]!.startsWith('--charts=')) out.push(argv[i]!);
  }
  return out;
}

/** argv without `--data DIR`. */
export function withoutDataArg(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') i++;
    else if (!argv[i]!.startsWith('--data=')) out.push(argv[i]!);
  }
  return out;
}
