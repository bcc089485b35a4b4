// The pages with a single setting each: serial ports, display, balloon and extra arguments.
import { Callout, Flex, RadioCards, SegmentedControl, Switch, Text, TextArea } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { Trans, useTranslation } from 'react-i18next';
import type { VmConfig } from '../../../../shared/model/index.js';
import type { Editor } from '../editor.js';
import { ConsoleDeviceField } from '../../../forms/ConsoleDeviceField.js';
import { appendWarning } from '../append-warning.js';
import { cx } from '../../../lib/cx.js';
import styles from '../editor.module.css';
import formStyles from '../../../forms/forms.module.css';

/** Two lines of QEMU arguments: not words of any language. */
const EXTRA_EXAMPLE = '-device\nvirtio-rng-pci';

export function SerialSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { t: tt } = useTranslation('teach');
  const { draft, set } = ed;
  return (
    <Flex direction="column" gap="2">
      <Text size="2" weight="medium" id="hw-serial-label">
        {t('serial.count')}
      </Text>
      <SegmentedControl.Root
        value={String(draft.serialPorts)}
        onValueChange={(v) => set({ serialPorts: Number(v) })}
        aria-labelledby="hw-serial-label"
        className={styles.serialCount}
      >
        {[0, 1, 2, 3, 4].map((n) => (
          <SegmentedControl.Item key={n} value={String(n)}>
            {n}
          </SegmentedControl.Item>
        ))}
      </SegmentedControl.Root>
      <Text size="1" color={draft.serialPorts === 0 && draft.consoleDevice === 'serial' ? 'amber' : 'gray'}>
        {draft.serialPorts === 0 ? t('serial.none') : t('serial.ports', { count: draft.serialPorts, last: draft.serialPorts - 1 })}
      </Text>
      <ConsoleDeviceField
        id="hw-console"
        value={draft.consoleDevice}
        onChange={(consoleDevice) => set({ consoleDevice })}
        warning={appendWarning(draft) ? tt('field.console.appendSaysTtyS0') : undefined}
      />
    </Flex>
  );
}

export function DisplaySection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set } = ed;
  return (
    <RadioCards.Root
      columns="2"
      gap="2"
      size="1"
      value={draft.display}
      onValueChange={(v) => set({ display: v as VmConfig['display'] })}
      aria-label={t('display.label')}
    >
      <RadioCards.Item value="none" className={formStyles.choiceCard}>
        <Flex direction="column" gap="1" width="100%">
          <Text size="2" weight="bold">
            {t('display.none')}
          </Text>
          <Text size="1" color="gray">
            {t('display.noneHint')}
          </Text>
        </Flex>
      </RadioCards.Item>
      <RadioCards.Item value="vnc" className={formStyles.choiceCard}>
        <Flex direction="column" gap="1" width="100%">
          <Text size="2" weight="bold">
            {t('display.vnc')}
          </Text>
          <Text size="1" color="gray">
            {t('display.vncHint')}
          </Text>
        </Flex>
      </RadioCards.Item>
    </RadioCards.Root>
  );
}

export function BalloonSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set } = ed;
  return (
    <Text as="label" size="2">
      <Flex gap="2" align="center">
        <Switch checked={draft.balloon} onCheckedChange={(balloon) => set({ balloon })} />
        {t('balloon.device')}
      </Flex>
    </Text>
  );
}

export function ExtraArgsSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set, errors } = ed;
  const error = errors.extraArgs ?? Object.entries(errors).find(([k]) => k.startsWith('extraArgs.'))?.[1];
  return (
    <Flex direction="column" gap="3">
      <Callout.Root color="amber" size="1">
        <Callout.Icon>
          <ExclamationTriangleIcon />
        </Callout.Icon>
        <Callout.Text className={styles.extraArgsHelp}>
          <Trans t={t} i18nKey="extra.help" components={{ strong: <strong />, code: <code /> }} />
        </Callout.Text>
      </Callout.Root>
      <Flex direction="column" gap="1">
        <Text as="label" htmlFor="hw-extra" size="2" weight="medium">
          {t('extra.label')}
        </Text>
        <TextArea
          id="hw-extra"
          aria-describedby="hw-extra-msg"
          aria-invalid={error ? true : undefined}
          className={cx(styles.extraArgs, 'mono-input')}
          rows={6}
          resize="vertical"
          spellCheck={false}
          placeholder={EXTRA_EXAMPLE}
          value={draft.extraArgs}
          onChange={(e) => set({ extraArgs: e.target.value })}
        />
        <Text id="hw-extra-msg" size="1" color={error ? 'red' : 'gray'}>
          {error ?? t('extra.hint')}
        </Text>
      </Flex>
    </Flex>
  );
}
