// The entry of dist/server.js: Verbatim's language server in a Node process of its own.
import { runNodeServer } from './nodeServer';

runNodeServer();
