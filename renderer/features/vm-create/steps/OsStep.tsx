import { Badge, Callout, Code, DataList, Flex, RadioGroup, Spinner, Text, TextField } from '@radix-ui/themes';
import { CheckCircledIcon, InfoCircledIcon, MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DetectedOs, OsInfo } from '../../../../shared/api.js';
import { formatMiB } from '../../../lib/format.js';
import { familyName, osName, shownAs } from '../os-names.js';
import { OS_LIST_LIMIT, searchOs } from '../os-search.js';
import { scrollWithin } from '../scroll-within.js';
import type { WizardForm } from '../useWizardForm.js';
import { EngineErrorCallout } from '../../../forms/EngineErrorCallout.js';
import styles from '../wizard.module.css';

export interface Detection {
  running: boolean;
  result: DetectedOs | null;
}

function DetectedLine({ detection }: { detection: Detection }) {
  const { t } = useTranslation('wizard');
  if (detection.running) {
    return (
      <Flex align="center" gap="2" role="status">
        <Spinner size="1" />
        <Text size="2" color="gray">
          {t('os.recognising')}
        </Text>
      </Flex>
    );
  }
  const r = detection.result;
  if (!r) return null;
  const strong = { strong: <strong /> };
  if (r.source === 'none') {
    return (
      <Callout.Root size="1" color="gray" role="status">
        <Callout.Icon>
          <InfoCircledIcon />
        </Callout.Icon>
        <Callout.Text>
          {r.volumeId ? (
            <Trans t={t} i18nKey="os.notRecognisedLabel" values={{ label: r.volumeId }} components={strong} />
          ) : (
            <Trans t={t} i18nKey="os.notRecognised" components={strong} />
          )}
        </Callout.Text>
      </Callout.Root>
    );
  }
  // The name the engine found (libosinfo's, or the label's), not the list's: it says what was recognised.
  const name = r.os.name;
  return (
    <Callout.Root size="1" color="green" role="status">
      <Callout.Icon>
        <CheckCircledIcon />
      </Callout.Icon>
      <Callout.Text>
        {r.source === 'osinfo' ? (
          <Trans t={t} i18nKey="os.detectedOsinfo" values={{ name }} components={strong} />
        ) : r.volumeId ? (
          <Trans t={t} i18nKey="os.detectedLabel" values={{ name, label: r.volumeId }} components={strong} />
        ) : (
          <Trans t={t} i18nKey="os.detectedIso" values={{ name }} components={strong} />
        )}
      </Callout.Text>
    </Callout.Root>
  );
}

/** The QEMU device of a disk bus, as the command line will have it. */
const DISK_DEVICE: Record<OsInfo['defaults']['diskBus'], string> = {
  virtio: '-device virtio-blk-pci',
  scsi: '-device scsi-hd',
  sata: '-device ide-hd,bus=ahci',
  ide: '-device ide-hd',
};

/**
 * What the OS choice sets, with the QEMU option each becomes, and why: paravirtualised or emulated
 * devices, UEFI or BIOS. The wizard teaches as it goes.
 */
function OsDefaults({ os }: { os: OsInfo }) {
  const { t } = useTranslation('wizard');
  const d = os.defaults;
  const rows: [string, string, string][] = [
    [t('os.memory'), formatMiB(d.memoryMiB), `-m ${d.memoryMiB}`],
    [t('os.cpus'), String(d.cpus), `-smp ${d.cpus}`],
    [t('os.disk'), t('os.diskValue', { size: formatMiB(d.diskGiB * 1024), bus: d.diskBus }), DISK_DEVICE[d.diskBus]],
    [t('os.nic'), d.nicModel, `-device ${d.nicModel}`],
    [
      t('os.firmware'),
      d.firmware === 'uefi' ? 'UEFI (OVMF)' : 'BIOS (SeaBIOS)',
      d.firmware === 'uefi' ? '-drive if=pflash,…' : t('os.builtIn'),
    ],
    [t('os.machine'), d.machine, `-machine ${d.machine}`],
  ];
  const paravirtual = d.diskBus === 'virtio' || d.nicModel.startsWith('virtio');
  return (
    <Flex direction="column" gap="2" className={styles.osDefaults}>
      <Text size="2" weight="medium">
        {t('os.gets', { name: osName(os, t) })}
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
        {paravirtual ? t('os.virtio') : t('os.emulated')} {d.firmware === 'uefi' ? `${t('os.uefi')} ` : ''}
        {t('os.later')}
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
  const { t } = useTranslation('wizard');
  const [filter, setFilter] = useState('');
  const selected = osList?.find((o) => o.id === form.values.osId) ?? osList?.find((o) => o.id === 'generic') ?? null;
  const { shown, matches } = useMemo(() => searchOs(osList ?? [], filter, selected?.id ?? null, shownAs(t)), [osList, filter, selected, t]);
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
          {t(`os.cannotTell.${form.values.sourceKind === 'import' ? 'import' : form.values.sourceKind === 'kernel' ? 'kernel' : 'pxe'}`)}
        </Text>
      )}
      {osError ? <EngineErrorCallout title={t('os.listError')} message={osError} /> : null}
      <div className={styles.osColumns}>
        <Flex direction="column" gap="2" minWidth="0">
          <TextField.Root
            type="search"
            size="2"
            placeholder={t('os.search')}
            aria-label={t('os.search')}
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
                  {t('os.loadingList')}
                </Text>
              </Flex>
            ) : shown.length === 0 ? (
              <Text as="p" size="2" color="gray" className={styles.osEmpty}>
                {t('os.noMatch', { filter: filter.trim() })}
              </Text>
            ) : (
              <RadioGroup.Root
                size="2"
                className={styles.osRadios}
                value={selected?.id ?? ''}
                aria-label={t('os.list')}
                onValueChange={(id) => {
                  const os = osList?.find((o) => o.id === id);
                  if (os) onPick(os);
                }}
              >
                {shown.map((o) => (
                  <RadioGroup.Item key={o.id} value={o.id} className={styles.osItem}>
                    <Flex align="center" justify="between" gap="2" width="100%">
                      <Text size="2" truncate>
                        {osName(o, t)}
                      </Text>
                      <Badge size="1" variant="soft" color="gray">
                        {familyName(o.family, t)}
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
                ? t('os.firstOf', { limit: OS_LIST_LIMIT, count: matches })
                : filter.trim()
                  ? t('os.matches', { count: matches, total: osList.length })
                  : t('os.total', { count: osList.length })}
            </Text>
          ) : null}
        </Flex>
        {selected ? <OsDefaults os={selected} /> : null}
      </div>
    </Flex>
  );
}
