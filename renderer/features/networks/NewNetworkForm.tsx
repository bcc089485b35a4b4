import { Button, Flex, TextField } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { describeError } from '../../lib/errors.js';
import { useOnline } from '../../store/link.js';
import { createNetwork } from './network-actions.js';
import styles from './networks.module.css';

const ID = 'new-network-name';
/** A usual name, the same in every language. */
const EXAMPLE = 'lab1';

/**
 * "New network": a name, checked by the engine (the schema names the rule and the fix), so the rules
 * live in one place. A name a VM already uses is accepted: the network becomes a named one.
 */
export function NewNetworkForm() {
  const { t } = useTranslation('networks');
  const online = useOnline();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function onSubmit() {
    if (!name.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await createNetwork(name.trim());
      setName(''); // the list follows the engine's networks-changed event
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.newForm}
      aria-label={t('view.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <FormField id={ID} label={t('view.newTitle')} error={error} hint={t('view.nameHint')}>
        <Flex gap="2" align="center">
          <TextField.Root
            {...fieldAria(ID, error)}
            className="mono-input grow"
            placeholder={EXAMPLE}
            autoComplete="off"
            spellCheck={false}
            maxLength={32}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" disabled={!name.trim() || busy || !online}>
            <PlusIcon /> {t('view.newNetwork')}
          </Button>
        </Flex>
      </FormField>
    </form>
  );
}
