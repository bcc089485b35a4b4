import { Button, Flex, Spinner, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api.js';
import { useHost } from '../../store/host.js';
import { saveSettings } from './host-actions.js';
import { useOnline } from '../../store/link.js';
import { notify } from '../../store/notices.js';
import { describeError } from '../../lib/errors.js';
import { checkScrollbackText } from './scrollback-input.js';
import type { NumberSettingKey } from './setting-input.js';
import { SettingField } from './SettingField.js';
import { checkWatchdogText } from './watchdog-input.js';
import { checkIntervalText } from './interval-input.js';

interface FieldDef {
  key: NumberSettingKey;
  id: string;
  label: string;
  before: string;
  after: string;
  unit: string;
  hint: string;
  check: (text: string) => { ok: true; value: number } | { ok: false; message: string };
  saved: (value: number) => string;
}

const FIELDS: readonly FieldDef[] = [
  {
    key: 'kvmWatchdogSec',
    id: 'kvm-watchdog',
    label: 'KVM watchdog',
    before: 'Warn after',
    after: 'without a sign of life',
    unit: 's',
    hint: 'Seconds a VM running under KVM may print nothing and run no guest code before VirtDesk warns and offers ways out (5–3600).',
    check: checkWatchdogText,
    saved: (v) => `KVM watchdog: warns after ${v} s without a sign of life`,
  },
  {
    key: 'scrollbackKiB',
    id: 'serial-scrollback',
    label: 'Serial console scrollback',
    before: 'Keep the last',
    after: 'of each VM’s serial output',
    unit: 'KiB',
    hint: 'Replayed to every console that opens, and kept in the terminal to scroll back through (1024–65536 KiB).',
    check: checkScrollbackText,
    saved: (v) => `Serial console scrollback: the last ${v} KiB are kept`,
  },
  {
    key: 'statsIntervalSec',
    id: 'stats-interval',
    label: 'Statistics sampling',
    before: 'Sample running VMs every',
    after: 'for the graphs',
    unit: 's',
    hint: 'How often the CPU, memory, disk and network figures of each running VM are read; the graphs keep five minutes (1–60 s).',
    check: checkIntervalText,
    saved: (v) => `Statistics: running VMs are sampled every ${v} s`,
  },
];

/**
 * The app settings, for all VMs: each checked as typed with the engine's own schema, one Save for
 * whatever changed.
 */
export function SettingsForm() {
  const settings = useHost((s) => s.settings);
  const online = useOnline();
  // A key missing from `texts` is not edited: it shows the stored value, also when another window changes it.
  const [texts, setTexts] = useState<Partial<Record<NumberSettingKey, string>>>({});
  const [saving, setSaving] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);

  const rows = FIELDS.map((f) => {
    const text = texts[f.key] ?? (settings ? String(settings[f.key]) : '');
    const checked = f.check(text);
    const error = texts[f.key] !== undefined && !checked.ok ? checked.message : null;
    const changed = checked.ok && settings !== null && checked.value !== settings[f.key];
    return { f, text, checked, error, changed };
  });
  const valid = rows.every((r) => r.checked.ok);
  const changed = rows.filter((r) => r.changed);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    if (!valid || changed.length === 0 || saving) return;
    const patch: Partial<Settings> = {};
    for (const r of changed) if (r.checked.ok) patch[r.f.key] = r.checked.value;
    setSaving(true);
    setEngineError(null);
    try {
      const result = await saveSettings(patch);
      setTexts({});
      for (const r of changed) notify({ tone: 'success', title: r.f.saved(result[r.f.key]) });
    } catch (err) {
      setEngineError(describeError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Flex direction="column" gap="4">
        {rows.map(({ f, text, error }) => (
          <SettingField
            key={f.key}
            id={f.id}
            label={f.label}
            before={f.before}
            after={f.after}
            unit={f.unit}
            value={text}
            onChange={(t) => {
              setTexts((all) => ({ ...all, [f.key]: t }));
              setEngineError(null);
            }}
            disabled={!settings}
            error={error}
            hint={settings ? f.hint : 'Reading the settings…'}
          />
        ))}
        <Flex align="center" gap="3">
          <Button type="submit" size="2" disabled={!valid || changed.length === 0 || saving || !online}>
            {saving ? <Spinner size="1" /> : null}
            Save
          </Button>
          {engineError ? (
            <Text size="1" color="red" role="alert">
              {engineError}
            </Text>
          ) : null}
        </Flex>
      </Flex>
    </form>
  );
}
