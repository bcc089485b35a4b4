import { Badge, Callout, Code, DataList, Flex, RadioGroup, Spinner, Text, TextField } from '@radix-ui/themes';
import { CheckCircledIcon, InfoCircledIcon, MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DetectedOs, OsInfo } from '../../../../shared/api.js';
import { formatMiB } from '../../../lib/format.js';
import { FAMILY, OS_LIST_LIMIT, searchOs } from '../os-search.js';
import { scrollWithin } from '../scroll-within.js';
import type { WizardForm } from '../useWizardForm.js';
import { EngineErrorCallout } from '../../../forms/EngineErrorCallout.js';
import styles from '../wizard.module.css';

export interface Detection {
  running: boolean;
  result: DetectedOs | null;
}

function DetectedLine({ detection }: { detection: Detection }) {
  if (detection.running) {
    return (
      <Flex align="center" gap="2" role="status">
        <Spinner size="1" />
        <Text size="2" color="gray">
          Recognising the ISO…
        </Text>
      </Flex>
    );
  }
  const r = detection.result;
  if (!r) return null;
  const label = r.volumeId ? `the volume label ‘${r.volumeId}’` : null;
  if (r.source === 'none') {
    return (
      <Callout.Root size="1" color="gray" role="status">
        <Callout.Icon>
          <InfoCircledIcon />
        </Callout.Icon>
        <Callout.Text>
          <strong>Not recognised</strong>
          {label ? ` (${label})` : ''}: VirtDesk uses defaults that suit most current systems. Pick the OS below if you know it.
        </Callout.Text>
      </Callout.Root>
    );
  }
  return (
    <Callout.Root size="1" color="green" role="status">
      <Callout.Icon>
        <CheckCircledIcon />
      </Callout.Icon>
      <Callout.Text>
        <strong>Detected: {r.os.name}</strong> ({r.source === 'osinfo' ? 'by libosinfo' : 'from'} {label ?? 'the ISO'})
      </Callout.Text>
    </Callout.Root>
  );
}

/** What the OS choice sets, with the QEMU option each becomes: the wizard teaches as it goes. */
function OsDefaults({ os }: { os: OsInfo }) {
  const d = os.defaults;
  const rows: [string, string, string][] = [
    ['Memory', formatMiB(d.memoryMiB), `-m ${d.memoryMiB}`],
    ['CPUs', String(d.cpus), `-smp ${d.cpus}`],
    [
      'Disk',
      `${d.diskGiB} GiB, ${d.diskBus}`,
      d.diskBus === 'virtio' ? '-device virtio-blk-pci' : `-device ${d.diskBus === 'sata' ? 'ide-hd,bus=ahci' : d.diskBus}`,
    ],
    ['Network card', d.nicModel, `-device ${d.nicModel}`],
    ['Firmware', d.firmware === 'uefi' ? 'UEFI (OVMF)' : 'BIOS (SeaBIOS)', d.firmware === 'uefi' ? '-drive if=pflash,…' : '(built in)'],
    ['Machine', d.machine, `-machine ${d.machine}`],
  ];
  return (
    <Flex direction="column" gap="2" className={styles.osDefaults}>
      <Text size="2" weight="medium">
        What {os.name} gets
      </Text>
      <DataList.Root size="1" orientation="horizontal">
        {rows.map(([label, value, qemu]) => (
          <DataList.Item key={label}>
            <DataList.Label minWidth="96px">{label}</DataList.Label>
            <DataList.Value>
              <Flex direction="column">
                <Text size="1">{value}</Text>
                <Code size="1" variant="ghost" color="gray">
                  {qemu}
                </Code>
              </Flex>
            </DataList.Value>
          </DataList.Item>
        ))}
      </DataList.Root>
      <Text size="1" color="gray">
        Memory and CPUs can be changed in the next step; everything else later in the VM’s details.
      </Text>
    </Flex>
  );
}

/** Step 2: which OS, detected from the ISO or picked from the list; it sets the defaults. */
export function OsStep({
  form,
  detection,
  osList,
  osError,
  onPick,
}: {
  form: WizardForm;
  detection: Detection;
  osList: OsInfo[] | null;
  osError: string | null;
  onPick: (os: OsInfo) => void;
}) {
  const [filter, setFilter] = useState('');
  const selected = osList?.find((o) => o.id === form.values.osId) ?? osList?.find((o) => o.id === 'generic') ?? null;
  const { shown, matches } = useMemo(() => searchOs(osList ?? [], filter, selected?.id ?? null), [osList, filter, selected]);
  const iso = form.values.sourceKind === 'iso';
  // The detected OS may be far down the list: show it, once the list is there. Only the list scrolls
  // (scrollIntoView would move the wizard itself too, and hide the step's header).
  const listRef = useRef<HTMLDivElement>(null);
  const haveList = osList !== null;
  useEffect(() => {
    const list = listRef.current;
    const checked = list?.querySelector<HTMLElement>('[role="radio"][data-state="checked"]');
    if (list && checked) scrollWithin(list, checked.parentElement ?? checked);
  }, [haveList]);

  return (
    <Flex direction="column" gap="3">
      {iso ? (
        <DetectedLine detection={detection} />
      ) : (
        <Text as="p" size="2" color="gray">
          VirtDesk cannot tell the OS from a{' '}
          {form.values.sourceKind === 'import' ? 'disk image' : form.values.sourceKind === 'kernel' ? 'kernel' : 'network boot'}: pick it
          below, or keep the generic defaults.
        </Text>
      )}
      {osError ? <EngineErrorCallout title="Could not read the OS list." message={osError} /> : null}
      <div className={styles.osColumns}>
        <Flex direction="column" gap="2" minWidth="0">
          <TextField.Root
            type="search"
            size="2"
            placeholder="Search operating systems"
            aria-label="Search operating systems"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          >
            <TextField.Slot>
              <MagnifyingGlassIcon />
            </TextField.Slot>
          </TextField.Root>
          {/* A plain scroller: Radix ScrollArea lets the rows grow wider than the list and cuts them off. */}
          <div className={styles.osList} ref={listRef}>
            {osList === null && !osError ? (
              <Flex align="center" gap="2" p="3">
                <Spinner size="1" />
                <Text size="2" color="gray">
                  Loading the OS list…
                </Text>
              </Flex>
            ) : shown.length === 0 ? (
              <Text as="p" size="2" color="gray" className={styles.osEmpty}>
                No OS matches “{filter.trim()}”.
              </Text>
            ) : (
              <RadioGroup.Root
                size="2"
                className={styles.osRadios}
                value={selected?.id ?? ''}
                aria-label="Operating system"
                onValueChange={(id) => {
                  const os = osList?.find((o) => o.id === id);
                  if (os) onPick(os);
                }}
              >
                {shown.map((o) => (
                  <RadioGroup.Item key={o.id} value={o.id} className={styles.osItem}>
                    <Flex align="center" justify="between" gap="2" width="100%">
                      <Text size="2" truncate>
                        {o.name}
                      </Text>
                      <Badge size="1" variant="soft" color="gray">
                        {FAMILY[o.family]}
                      </Badge>
                    </Flex>
                  </RadioGroup.Item>
                ))}
              </RadioGroup.Root>
            )}
          </div>
          {osList ? (
            <Text size="1" color="gray" role="status">
              {matches > OS_LIST_LIMIT
                ? `The first ${OS_LIST_LIMIT} of ${matches}: type more of the name to narrow the list.`
                : filter.trim()
                  ? `${matches} of ${osList.length} operating systems.`
                  : `${osList.length} operating systems.`}
            </Text>
          ) : null}
        </Flex>
        {selected ? <OsDefaults os={selected} /> : null}
      </div>
    </Flex>
  );
}
