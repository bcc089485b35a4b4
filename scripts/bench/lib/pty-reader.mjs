// A console viewer on a pty that libvirt allocated for a domain's serial port (`<serial type='pty'>`):
// the bench opens the slave side itself, in raw mode (else the line discipline would turn \n into
// \r\n and echo keys back to QEMU), and reads it as a SerialReader. QEMU drops what the guest prints
// while no one holds the slave open, so open it before the bytes that count are printed.
import fs from 'node:fs';
import tty from 'node:tty';
import { SerialReader } from './serial-reader.mjs';

export function ptyReader(path) {
  const rfd = fs.openSync(path, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
  const wfd = fs.openSync(path, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
  const input = new tty.ReadStream(rfd);
  input.setRawMode(true);
  const output = new tty.WriteStream(wfd);
  let closed = false;
  const reader = new SerialReader(
    (s) => output.write(s),
    () => {
      if (closed) return;
      closed = true;
      input.destroy();
      output.destroy();
    },
  );
  input.on('data', (d) => reader.push(d));
  // EIO once QEMU closes the master (the domain was destroyed): the console is over, not an error.
  input.on('error', () => reader.end());
  input.on('close', () => reader.end());
  return reader;
}
