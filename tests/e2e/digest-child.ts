import { REST } from 'discord.js';
import { Desk } from '../../src/desk/desk.ts';
import { channelPoster, restSend } from '../../src/digest/channel.ts';
import { DigestService } from '../../src/digest/service.ts';
import { renderDiscord } from '../../src/render/discord.ts';

/**
 * One bot life for the kill -9 test (digest-kill.test.ts): load the desk, finish any digest a
 * previous life left half-posted, post the digest, say how it went. Killed at random moments.
 * argv: dataDir stateDir apiUrl channelId
 */

const [dataDir, stateDir, api, channelId] = process.argv.slice(2) as [string, string, string, string];
const logger = { info: () => undefined, warn: (m: unknown) => void process.stderr.write(`${String(m)}\n`), error: () => undefined };
const desk = await Desk.fromDirectory(dataDir);
const rest = new REST({ api, retries: 0, timeout: 5000 }).setToken('loopback.test.token.not-a-real-one');
const digest = new DigestService({ desk, stateDir, logger, post: channelPoster({ channelId, render: (doc) => renderDiscord(doc), send: restSend(rest) }) });
process.stdout.write('posting\n');
await digest.start(); // resumes an interrupted digest
const outcome = await digest.postNow('manual');
process.stdout.write(`${JSON.stringify(outcome)}\n`);
process.exit(0);
