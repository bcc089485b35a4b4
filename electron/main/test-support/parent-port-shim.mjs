// Loaded (node --import) into the engine process the Electron stand-in forks: Electron gives a
// utilityProcess `process.parentPort`; here Node's IPC channel to the parent plays that part.
import process from 'node:process';
process.parentPort = {
  on(event, listener) {
    if (event === 'message') process.on('message', (data) => listener({ data, ports: [] }));
  },
  postMessage(message) {
    process.send?.(message);
  },
};
