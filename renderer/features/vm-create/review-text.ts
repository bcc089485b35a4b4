// Review's lines: where the VM installs from, each disk and what it costs the host, the network, the
// machine, and the names of the commands. Pure: the wording comes in as `t` (the window's, or a
// language's own in the tests), sizes through the catalog's formats.
import type { TFunction } from 'i18next';
import type { VmConfig } from '../../../shared/model/index.js';
import type { PlannedDisk } from '../../../shared/schemas/wizard-methods.js';
import type { WizardValues } from './wizard-values.js';

export type WizardT = TFunction<'wizard'>;

/** "Install ISO /isos/debian.iso", "Disk image /i/a.vmdk, converted to qcow2"... */
export function sourceText(v: WizardValues, t: WizardT): string {
  switch (v.sourceKind) {
    case 'iso':
      return t('review.source.iso', { path: v.isoPath.trim() });
    case 'import':
      return t('review.source.import', { path: v.importPath.trim(), mode: t(`review.importMode.${v.importMode}`) });
    case 'kernel': {
      const kernel = v.kernel.trim();
      const initrd = v.initrd.trim();
      return initrd ? t('review.source.kernelInitrd', { kernel, initrd }) : t('review.source.kernel', { kernel });
    }
    case 'pxe':
      return t('review.source.pxe');
  }
}

/**
 * "20 GiB qcow2, new, grows as the guest writes · virtio": the size the guest sees, and what the host
 * gives: all of a new raw disk at once, about the data of a copy, or nothing until the guest writes.
 */
export function diskText(d: PlannedDisk, t: WizardT): string {
  const host =
    d.hostBytes !== null
      ? d.origin === 'new'
        ? t('review.hostAll')
        : t('review.hostAbout', { size: d.hostBytes })
      : d.origin === 'new' || d.origin === 'overlay'
        ? t('review.grows')
        : null;
  const main = t('review.disk', { size: d.virtualSize, format: d.format, origin: t(`review.origin.${d.origin}`) });
  return `${host ? `${main}, ${host}` : main} · ${d.bus}`;
}

/** Each network card: model, MAC and where it is plugged ("user networking (NAT), 2222→22/tcp"); null without one. */
export function networkText(c: VmConfig, t: WizardT): string | null {
  if (c.nics.length === 0) return null;
  return c.nics
    .map((n) => {
      const net = n.network;
      const network =
        net.mode === 'user'
          ? net.forwards.length
            ? t('review.userNetForwards', { forwards: net.forwards.map((f) => `${f.hostPort}→${f.guestPort}/${f.proto}`).join(', ') })
            : t('review.userNet')
          : net.mode === 'bridge'
            ? t('review.bridgeNet', { bridge: net.bridge })
            : t('review.privateNet', { network: net.network });
      return t('review.nic', { model: n.model, mac: n.mac, network });
    })
    .join('; ');
}

/** "q35, BIOS, boots from CD-ROM, then disk". */
export function machineText(c: VmConfig, t: WizardT): string {
  const boot = c.kernel ? t('review.bootKernel') : c.boot.order.map((b) => t(`review.boot.${b}`)).join(t('review.bootThen'));
  return t('review.machineText', { machine: c.machine, firmware: c.firmware === 'uefi' ? 'UEFI' : 'BIOS', boot });
}

/** "the qemu-img command", "the qemu-system-x86_64 command", numbered when a program runs twice. */
export function commandLabel(commands: readonly string[], i: number, t: WizardT): string {
  const program = (c: string) => c.trimStart().split(/\s+/)[0]?.split('/').pop() ?? 'command';
  const name = program(commands[i] ?? '');
  const same = commands.map(program).filter((p) => p === name).length;
  const nth = commands
    .slice(0, i + 1)
    .map(program)
    .filter((p) => p === name).length;
  return same > 1 ? t('review.commandNth', { program: name, n: nth }) : t('review.command', { program: name });
}
