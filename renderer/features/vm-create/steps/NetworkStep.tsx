import { Flex, Grid, Text, TextField } from '@radix-ui/themes';
import { ChoiceCards } from '../../../forms/ChoiceCards.js';
import type { NetworkChoice, OsInfo } from '../../../../shared/api.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { NicModelField } from '../../../forms/NicModelField.js';
import { PortForwardsTable } from '../../../forms/PortForwardsTable.js';
import type { ForwardRow } from '../../../forms/forward-rows.js';
import { suggestHostPort } from '../create-actions.js';
import type { WizardForm } from '../useWizardForm.js';

const MODES: { mode: NetworkChoice['mode']; title: string; text: string }[] = [
  { mode: 'user', title: 'User networking (NAT)', text: 'Behind QEMU on 10.0.2.0/24; reached through port forwards. No setup.' },
  { mode: 'bridge', title: 'Bridge', text: 'On the host’s network with an address of its own.' },
  { mode: 'none', title: 'No network', text: 'No network card at all.' },
];

/**
 * A new forward's host port: the table offers 2222 (then 8080...), which another VM may forward or a
 * program may listen on. The engine knows both: its port replaces the offer unless the person has
 * typed another one meanwhile.
 */
async function offerFreePort(form: WizardForm, row: ForwardRow, rows: ForwardRow[]) {
  const taken = rows
    .filter((r) => r.key !== row.key)
    .map((r) => Number(r.hostPort))
    .filter((p) => Number.isInteger(p) && p >= 1024 && p <= 65535);
  const port = await suggestHostPort({ proto: row.proto, guestPort: Number(row.guestPort), taken }).catch(() => null);
  if (port === null) return; // the offer stays; the network step's check will say if it is taken
  form.updateWith((v) => ({
    forwards: v.forwards.map((r) => (r.key === row.key && r.hostPort === row.hostPort ? { ...r, hostPort: String(port) } : r)),
  }));
}

/** Step 5: the VM's name, and how it reaches the network. plannedMac: the MAC Review planned, kept while the field is empty. */
export function NetworkStep({ form, os, plannedMac }: { form: WizardForm; os: OsInfo | null; plannedMac: string | null }) {
  const { values, update, touch } = form;
  function changeForwards(rows: ForwardRow[]) {
    const before = new Set(values.forwards.map((r) => r.key));
    update({ forwards: rows });
    for (const row of rows.filter((r) => !before.has(r.key))) void offerFreePort(form, row, rows);
  }
  const nameErr = form.error('name');
  const bridgeErr = form.error('network.bridge');
  const macErr = form.error('network.mac');
  const modeErr = form.error('network.mode') ?? form.check.errors['network.mode'];
  const recommended = os?.defaults.nicModel ?? 'virtio-net-pci';
  return (
    <Flex direction="column" gap="4">
      <Grid columns="2" gap="4">
        <FormField id="wiz-name" label="Name" error={nameErr} hint="Letters, digits, spaces and . _ - , + ( )">
          <TextField.Root
            {...fieldAria('wiz-name', nameErr)}
            placeholder="e.g. debian-12"
            autoComplete="off"
            spellCheck={false}
            value={values.name}
            onChange={(e) => update({ name: e.target.value, userSet: { ...values.userSet, name: true } }, 'name')}
            onBlur={() => touch('name')}
          />
        </FormField>
        <FormField id="wiz-description" label="Description (optional)" error={form.error('description')}>
          <TextField.Root
            {...fieldAria('wiz-description', form.error('description'))}
            placeholder="What this VM is for"
            autoComplete="off"
            value={values.description}
            onChange={(e) => update({ description: e.target.value }, 'description')}
          />
        </FormField>
      </Grid>

      <Flex direction="column" gap="1">
        <ChoiceCards
          id="wiz-net-mode"
          label="Network"
          choices={MODES}
          value={values.netMode}
          onChange={(m) => update({ netMode: m }, 'network.mode')}
        />
        {modeErr ? (
          <Text size="1" color="red" role="alert">
            {modeErr}
          </Text>
        ) : null}
      </Flex>

      {values.netMode !== 'none' ? (
        <Grid columns="2" gap="4">
          <NicModelField
            id="wiz-nic-model"
            label="Network card model"
            value={values.nicModel}
            recommended={recommended}
            onChange={(nicModel) => update({ nicModel })}
          />
          <FormField
            id="wiz-mac"
            label="MAC address (optional)"
            error={macErr}
            hint={
              plannedMac
                ? `Leave empty to keep ${plannedMac}, the one planned for this VM (unique among your VMs).`
                : 'Leave empty for a new one (52:54:00:…, unique among your VMs).'
            }
          >
            <TextField.Root
              {...fieldAria('wiz-mac', macErr)}
              className="mono-input"
              placeholder={plannedMac ?? '52:54:00:xx:xx:xx'}
              autoComplete="off"
              spellCheck={false}
              value={values.mac}
              onChange={(e) => update({ mac: e.target.value }, 'network.mac')}
              onBlur={() => touch('network.mac')}
            />
          </FormField>
        </Grid>
      ) : null}

      {values.netMode === 'user' ? (
        <Flex direction="column" gap="1">
          <Text size="2" weight="medium">
            Port forwards
          </Text>
          <PortForwardsTable
            idPrefix="wiz-fwd"
            rows={values.forwards}
            onChange={changeForwards}
            errorOf={(i, f) => form.error(`network.forwards.${i}.${f}`)}
            onTouch={(i, f) => touch(`network.forwards.${i}.${f}`)}
          />
        </Flex>
      ) : null}

      {values.netMode === 'bridge' ? (
        <FormField
          id="wiz-bridge"
          label="Host bridge"
          error={bridgeErr}
          hint={
            <>
              An existing bridge such as <code>br0</code> or <code>virbr0</code>; QEMU joins it through qemu-bridge-helper, which needs{' '}
              <code>allow br0</code> in <code>/etc/qemu/bridge.conf</code>.
            </>
          }
        >
          <TextField.Root
            {...fieldAria('wiz-bridge', bridgeErr)}
            className="mono-input"
            placeholder="br0"
            autoComplete="off"
            spellCheck={false}
            value={values.bridge}
            onChange={(e) => update({ bridge: e.target.value }, 'network.bridge')}
            onBlur={() => touch('network.bridge')}
          />
        </FormField>
      ) : null}
    </Flex>
  );
}
