import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS_FLAG, parseCliArgs } from '../cli/args.ts';
import { loadCommands } from '../command/registry.ts';
import type { DeskCommand } from '../command/types.ts';
import { answerLine } from '../console/session.ts';
import { Desk } from '../desk/desk.ts';
import { chartImage, docChartImages, writeDocCharts } from './chart-images.ts';

let desk: Desk;
let commands: DeskCommand[];
let dir: string;

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  commands = [...(await loadCommands())];
  dir = await mkdtemp(join(tmpdir(), 'desk-charts-test-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('charts on the console', () => {
  it('/figure deaths writes one PNG per disputed or compared quantity and says where', async () => {
    const answer = await answerLine('/figure deaths', commands, { desk });
    expect(answer.doc.charts?.map((c) => c.id)).toEqual(['deaths-security-forces-s000', 'deaths-all-s000']);
    const written = await writeDocCharts(answer.doc, { dir });
    expect(written.map((w) => w.path)).toEqual([join(dir, 'figure-deaths-security-forces-s000.png'), join(dir, 'figure-deaths-all-s000.png')]);
    const png = await readFile(written[0]!.path);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(written[0]!.description).toMatch(/^deaths — security forces \(story S000\) — sources disagree, 10–18\. .*\(004\): 18; .*\(000\): 16; 001: more than 10/);
  });

  it('an answer without figures to compare has no chart and writes nothing', async () => {
    const answer = await answerLine('/figure topic:nonsense-topic', commands, { desk });
    expect(answer.doc.charts).toBeUndefined();
    expect(await writeDocCharts(answer.doc, { dir: join(dir, 'never') })).toEqual([]);
  });

  it('draws each chart once per digit style while the answer is the same', async () => {
    const answer = await answerLine('/figure arrests', commands, { desk });
    const again = await answerLine('/figure arrests', commands, { desk });
    expect(again.doc).toBe(answer.doc);
    const [spec] = answer.doc.charts!;
    expect(await chartImage(spec!)).toBe(await chartImage(spec!));
    expect(await chartImage(spec!, { digits: 'arabic' })).not.toBe(await chartImage(spec!));
    const images = await docChartImages(answer.doc);
    expect(images[0]!.png.length).toBeGreaterThan(5_000);
  });

  it('takes --charts DIR out of the command line', () => {
    const flags = { charts: CHARTS_FLAG };
    const args = parseCliArgs(['/figure', 'deaths', '--charts', '/tmp/x', '--data=data/articles'], { flags });
    expect(args.flags.charts).toBe('/tmp/x');
    expect(args.rest).toEqual(['/figure', 'deaths']);
    expect(parseCliArgs(['--charts=out'], { flags }).flags.charts).toBe('out');
    expect(parseCliArgs(['/figure deaths'], { flags }).flags.charts).toBeUndefined();
    expect(() => parseCliArgs(['--charts'], { flags })).toThrow(/--charts needs a value: --charts DIR/);
  });
});
