// Starts a TypeScript worker thread: tsx's loader hooks do not carry over into worker threads
// (Node 20), so the worker registers them itself before importing its real entry (workerData.entry).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
