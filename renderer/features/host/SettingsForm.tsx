import { Button, Flex, Spinner, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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

/** One numeric setting; its words are under host:settings.<words> (label, before, after, unit, hint, saved). */
interface FieldDef {
  key: NumberSettingKey;
  id: string;
  words: 'watchdog' | 'scrollback' | 'stats';
  check: (text: string) => { ok: true; value: number } | { ok: false; message: string };
}

const FIELDS: readonly FieldDef[] = [
  { key: 'kvmWatchdogSec', id: 'kvm-watchdog', words: 'watchdog', check: checkWatchdogText },
  { key: 'scrollbackKiB', id: 'serial-scrollback', words: 'scrollback', check: checkScrollbackText },
  { key: 'statsIntervalSec', id: 'stats-interval', words: 'stats', check: checkIntervalText },
];

/**
 * The app settings, for all VMs: each checked as typed with the engine's own schema, one Save for
 * whatever changed.
 */
export function SettingsForm() {
  const { t } = useTranslation(['host', 'common']);
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
      for (const r of changed) notify({ tone: 'success', title: t(`settings.${r.f.words}.saved`, { value: result[r.f.key] }) });
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
            label={t(`settings.${f.words}.label`)}
            before={t(`settings.${f.words}.before`)}
            after={t(`settings.${f.words}.after`)}
            unit={t(`settings.${f.words}.unit`)}
            value={text}
            onChange={(t) => {
              setTexts((all) => ({ ...all, [f.key]: t }));
              setEngineError(null);
            }}
            disabled={!settings}
            error={error}
            hint={settings ? t(`settings.${f.words}.hint`) : t('settings.reading')}
          />
        ))}
        <Flex align="center" gap="3">
          <Button type="submit" size="2" disabled={!valid || changed.length === 0 || saving || !online}>
            {saving ? <Spinner size="1" /> : null}
            {t('common:action.save')}
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
