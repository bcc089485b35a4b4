import { Button, Flex, Spinner, Text, TextField } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { saveSettings, useHost } from '../../store/host.js';
import { useOnline } from '../../store/link.js';
import { notify } from '../../store/notices.js';
import { describeError } from '../../lib/errors.js';
import { checkWatchdogText } from './watchdog-input.js';

const ID = 'kvm-watchdog';

/** "Warn after N seconds without a sign of life": the engine's KVM watchdog, for all VMs. */
export function WatchdogSetting() {
  const settings = useHost((s) => s.settings);
  const online = useOnline();
  // null = not edited: show the stored value, also when another window changes it.
  const [text, setText] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);

  const stored = settings ? String(settings.kvmWatchdogSec) : '';
  const shown = text ?? stored;
  const checked = checkWatchdogText(shown);
  const message = text !== null && !checked.ok ? checked.message : engineError;
  const changed = checked.ok && settings !== null && checked.value !== settings.kvmWatchdogSec;

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    if (!checked.ok || !changed || saving) return;
    setSaving(true);
    setEngineError(null);
    try {
      const saved = await saveSettings({ kvmWatchdogSec: checked.value });
      setText(null);
      notify({ tone: 'success', title: `KVM watchdog: warns after ${saved.kvmWatchdogSec} s without a sign of life` });
    } catch (err) {
      setEngineError(describeError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="watchdog-form">
      <Flex direction="column" gap="1">
        <Text as="label" htmlFor={ID} size="2" weight="medium">
          KVM watchdog
        </Text>
        <Flex align="center" gap="2" wrap="wrap">
          <Text size="2" aria-hidden>
            Warn after
          </Text>
          <TextField.Root
            id={ID}
            value={shown}
            onChange={(e) => {
              setText(e.target.value);
              setEngineError(null);
            }}
            inputMode="numeric"
            autoComplete="off"
            disabled={!settings}
            placeholder={settings ? undefined : '…'}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${ID}-msg`}
            className="watchdog-input"
          >
            <TextField.Slot side="right">s</TextField.Slot>
          </TextField.Root>
          <Text size="2" aria-hidden>
            without a sign of life
          </Text>
          <Button type="submit" size="2" disabled={!changed || saving || !online} ml="2">
            {saving ? <Spinner size="1" /> : null}
            Save
          </Button>
        </Flex>
        <Text id={`${ID}-msg`} size="1" color={message ? 'red' : 'gray'} className="field-message">
          {message ??
            (settings
              ? 'Seconds a VM running under KVM may print nothing and run no guest code before VirtDesk warns and offers ways out (5–3600).'
              : 'Reading the settings…')}
        </Text>
      </Flex>
    </form>
  );
}
