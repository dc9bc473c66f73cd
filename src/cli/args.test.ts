import { describe, expect, it } from 'vitest';
import { ArgsError, assertDataDir, parseCliArgs } from './args.ts';

describe('command-line flags', () => {
  const page = { page: { value: true, usage: '--page N' } };

  it('reads --data in both spellings, the program’s own flags, and keeps the rest in order', () => {
    expect(parseCliArgs(['--data', 'd', '/search', 'ثورات ملونة'], { env: {} })).toEqual({ dataDir: 'd', flags: { data: 'd' }, rest: ['/search', 'ثورات ملونة'] });
    expect(parseCliArgs(['/who-said', 'putin', '--page=2', '--data=x'], { env: {}, flags: page })).toMatchObject({ dataDir: 'x', flags: { page: '2' }, rest: ['/who-said', 'putin'] });
    expect(parseCliArgs([], { env: { DATA_DIR: 'from-env' } }).dataDir).toBe('from-env');
  });

  it('a flag without its value, or an unknown flag, is an error naming the known ones', () => {
    expect(() => parseCliArgs(['--data'], { env: {} })).toThrow(new ArgsError('--data needs a value: --data DIR'));
    expect(() => parseCliArgs(['--data', '--page', '2'], { env: {}, flags: page })).toThrow(/^--data needs a value/);
    expect(() => parseCliArgs(['--dta', 'x'], { env: {}, flags: page })).toThrow('Unknown option --dta (did you mean --data?). Options: --data DIR, --page N');
  });

  it('a data directory that does not exist is an error, not an empty desk', () => {
    expect(() => assertDataDir('/nonexistent/desk')).toThrow(/does not exist/);
    expect(() => assertDataDir('package.json')).toThrow(/is a file/);
    expect(() => assertDataDir('data/articles')).not.toThrow();
  });
});
