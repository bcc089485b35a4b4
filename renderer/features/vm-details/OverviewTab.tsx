import { Badge, Code, DataList, Flex, Text } from '@radix-ui/themes';
import type { Accel, VmSummary } from '../../../shared/model/index.js';
import { formatMiB, formatTime } from '../../lib/format.js';
import { autoAccelLabel } from '../../lib/host-verdict.js';
import { useVms } from '../../store/vms.js';
import { StateBadge } from '../vm-list/StateBadge.js';
import { CrashReport } from './CrashReport.js';

const ACCEL_SETTING: Record<Accel, string> = {
  auto: 'Automatic (KVM when usable)',
  kvm: 'KVM (hardware)',
  tcg: 'Emulation (TCG)',
};

const ACCEL_IN_USE = { kvm: 'KVM (hardware)', tcg: 'TCG (emulation, slower)' } as const;

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

export function OverviewTab({ vm }: { vm: VmSummary }) {
  const { config, status } = vm;
  const host = useVms((s) => s.host);
  return (
    <Flex direction="column" gap="4" className="overview">
      {status.state === 'crashed' || status.state === 'broken' ? <CrashReport vm={vm} /> : null}

      <DataList.Root size="2" className="overview-list">
        <DataList.Item>
          <DataList.Label minWidth="140px">State</DataList.Label>
          <DataList.Value>
            <Flex align="center" gap="2" wrap="wrap">
              <StateBadge state={status.state} />
              <Text size="1" color="gray">
                since {formatTime(status.since)}
                {status.pid ? ` · QEMU pid ${status.pid}` : ''}
              </Text>
            </Flex>
          </DataList.Value>
        </DataList.Item>
        {config ? (
          <>
            <DataList.Item>
              <DataList.Label minWidth="140px">Memory</DataList.Label>
              <DataList.Value>
                {config.memoryMiB} MiB
                {config.memoryMiB >= 1024 ? (
                  <Text color="gray">&nbsp;({formatMiB(config.memoryMiB)})</Text>
                ) : null}
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">CPUs</DataList.Label>
              <DataList.Value>{config.cpus}</DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">CPU model</DataList.Label>
              <DataList.Value>
                {config.cpuModel ? (
                  <Code variant="ghost">{config.cpuModel}</Code>
                ) : (
                  <Text>
                    QEMU default <Text color="gray">(qemu64)</Text>
                  </Text>
                )}
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">Accelerator</DataList.Label>
              <DataList.Value>
                <Flex direction="column" gap="1">
                  <Text>{config.accel === 'auto' ? autoAccelLabel(host) : ACCEL_SETTING[config.accel]}</Text>
                  {status.accel ? (
                    <Flex align="center" gap="2">
                      <Text size="1" color="gray">
                        In use:
                      </Text>
                      <Badge
                        size="1"
                        color={status.accel === 'kvm' && !status.warning ? 'green' : 'amber'}
                        variant="soft"
                      >
                        {ACCEL_IN_USE[status.accel]}
                      </Badge>
                    </Flex>
                  ) : null}
                </Flex>
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">
                {config.disks.length === 1 ? 'Disk' : 'Disks'}
              </DataList.Label>
              <DataList.Value>
                {config.disks.length === 0 ? (
                  <Text color="gray">None</Text>
                ) : (
                  <Flex direction="column" gap="1">
                    {config.disks.map((d) => (
                      <Text key={d.file}>
                        <Code variant="ghost" title={d.file}>
                          {fileName(d.file)}
                        </Code>{' '}
                        <Text color="gray" size="1">
                          {d.format} · {d.bus}
                        </Text>
                      </Text>
                    ))}
                  </Flex>
                )}
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">Install ISO</DataList.Label>
              <DataList.Value>
                {config.cdrom ? (
                  <Code variant="ghost" className="path" title={config.cdrom}>
                    {config.cdrom}
                  </Code>
                ) : (
                  <Text color="gray">Empty drive</Text>
                )}
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">Boots from</DataList.Label>
              <DataList.Value>{config.boot === 'cdrom' ? 'CD-ROM (installing)' : 'Disk'}</DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">Network</DataList.Label>
              <DataList.Value>
                {config.nics.length === 0 ? (
                  <Text color="gray">None</Text>
                ) : (
                  <Flex direction="column" gap="1">
                    {config.nics.map((n) => (
                      <Text key={n.mac}>
                        <Code variant="ghost">{n.mac}</Code>{' '}
                        <Text color="gray" size="1">
                          {n.model} · user-mode NAT
                        </Text>
                      </Text>
                    ))}
                  </Flex>
                )}
              </DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label minWidth="140px">Machine</DataList.Label>
              <DataList.Value>
                <Code variant="ghost">{config.machine}</Code>
              </DataList.Value>
            </DataList.Item>
            {config.extraArgs.length ? (
              <DataList.Item>
                <DataList.Label minWidth="140px">Extra QEMU args</DataList.Label>
                <DataList.Value>
                  <Code variant="ghost" className="path">
                    {config.extraArgs.join(' ')}
                  </Code>
                </DataList.Value>
              </DataList.Item>
            ) : null}
            <DataList.Item>
              <DataList.Label minWidth="140px">Created</DataList.Label>
              <DataList.Value>{new Date(config.createdAt).toLocaleString()}</DataList.Value>
            </DataList.Item>
          </>
        ) : null}
        <DataList.Item>
          <DataList.Label minWidth="140px">ID</DataList.Label>
          <DataList.Value>
            <Code variant="ghost" color="gray">
              {vm.id}
            </Code>
          </DataList.Value>
        </DataList.Item>
      </DataList.Root>
    </Flex>
  );
}
