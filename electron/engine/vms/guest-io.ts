// Talking to a running guest: console tickets (serial, monitor, VNC), screenshots and key presses.
import fs from 'node:fs/promises';
import { ApiError, type ConsoleTicket, type ParsedArgOf } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import { ConsoleGateway } from '../console/console-gateway.js';
import { causeOf } from '../engine-messages.js';
import { runtimeFiles } from '../paths.js';
import type { EngineContext } from './context.js';
import { requireAllowed } from './allowed.js';
import { requireQmp } from './lifecycle.js';

export class GuestIo {
  constructor(private readonly ctx: EngineContext) {}

  async openConsole({ id, stream }: ParsedArgOf<'openConsole'>): Promise<ConsoleTicket> {
    const e = await this.ctx.registry.load(id);
    requireAllowed('attachConsole', e);
    const running = e.startedWith ?? e.config;
    if (stream === 'serial0' && running.serialPorts === 0) {
      throw new ApiError('conflict', says('engine:console.noSerial'));
    }
    if (stream === 'hvc0' && running.consoleDevice !== 'virtio') {
      throw new ApiError('conflict', says('engine:console.noVirtioConsole'));
    }
    if (stream === 'vnc' && running.display !== 'vnc') {
      throw new ApiError('conflict', says('engine:console.noDisplay'));
    }
    const consoles = this.ctx.parts.consoles;
    if (stream !== 'vnc' && !consoles.connected(id, stream)) {
      throw new ApiError('conflict', says('engine:console.notConnected'));
    }
    // A path, not ws://bind:port/...: the viewer knows the address it reaches the server at (a tunnel,
    // --host 0.0.0.0 behind a name), the engine does not.
    return { url: ConsoleGateway.path(id, stream, consoles.gateway.issue(id, stream)) };
  }

  async screenshot({ id }: ParsedArgOf<'screenshot'>): Promise<{ pngBase64: string; width: number; height: number }> {
    const qmp = requireQmp(await this.ctx.registry.load(id), 'screenshot');
    const file = runtimeFiles(this.ctx.paths, id).screendump;
    await qmp.execute('screendump', { filename: file, format: 'png' });
    try {
      const png = await fs.readFile(file);
      // PNG: width and height are the first fields of the IHDR chunk, at bytes 16 and 20.
      return { pngBase64: png.toString('base64'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  async sendKeys({ id, keys }: ParsedArgOf<'sendKeys'>): Promise<void> {
    const qmp = requireQmp(await this.ctx.registry.load(id), 'sendKeys');
    await qmp.execute('send-key', { keys: keys.map((k) => ({ type: 'qcode', data: k })) }).catch((err: unknown) => {
      throw new ApiError('invalid', says('engine:console.badKeys', { keys: keys.join('+'), cause: causeOf(err) }), { field: 'keys' });
    });
  }
}
