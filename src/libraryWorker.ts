// The worker thread's entry (bundled as dist/libraryWorker.js): reads and indexes the source files
// for the extension host, which only assembles the results (see libraryLoader.ts).
import { parentPort } from 'node:worker_threads';
import { LibraryIndexer } from './libraryIndexer';
import { IndexerRequest } from './libraryProtocol';

const port = parentPort;
if (port) {
  const indexer = new LibraryIndexer({ post: (reply, transfer) => port.postMessage(reply, transfer), direct: false, sliceMs: 100, syncReads: true });
  port.on('message', (request: IndexerRequest) => indexer.handle(request));
  port.postMessage({ type: 'ready' });
}
