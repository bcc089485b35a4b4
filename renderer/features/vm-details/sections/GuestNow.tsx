import { DataList, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { addressList, type VmSummary } from '../../../../shared/model/index.js';

/**
 * What the guest agent reports about the running guest, as rows of the Overview's list: its host
 * name, its OS and every address per interface. While the agent has not answered, one quiet row says
 * so (a guest without qemu-ga is not a problem, only a reason why nothing shows).
 */
export function GuestNow({ vm, labelWidth }: { vm: VmSummary; labelWidth: string }) {
  const { t } = useTranslation('guest');
  const guest = vm.status.guest;
  if (!guest) return null;
  if (guest.agent !== 'answering') {
    return (
      <DataList.Item>
        <DataList.Label minWidth={labelWidth}>{t('info.agent')}</DataList.Label>
        <DataList.Value>
          <Text size="2" color="gray" data-testid="guest-agent-state">
            {guest.agent === 'waiting' ? t('info.waiting') : t('info.silent')}
          </Text>
        </DataList.Value>
      </DataList.Item>
    );
  }
  return (
    <>
      {guest.hostname ? (
        <DataList.Item>
          <DataList.Label minWidth={labelWidth}>{t('info.hostname')}</DataList.Label>
          <DataList.Value data-testid="guest-hostname">{guest.hostname}</DataList.Value>
        </DataList.Item>
      ) : null}
      {guest.os ? (
        <DataList.Item>
          <DataList.Label minWidth={labelWidth}>{t('info.os')}</DataList.Label>
          <DataList.Value data-testid="guest-os">{guest.os}</DataList.Value>
        </DataList.Item>
      ) : null}
      <DataList.Item>
        <DataList.Label minWidth={labelWidth}>{t('info.addresses')}</DataList.Label>
        <DataList.Value>
          <Flex direction="column" gap="1" data-testid="guest-addresses">
            {guest.interfaces.length === 0 ? <Text color="gray">{t('info.noAddress')}</Text> : null}
            {guest.interfaces.map((i, n) => (
              <Text key={`${n}-${i.name}`} className="numeric">
                {t('info.interface', { name: i.name, addresses: addressList(i) || t('info.noAddress') })}
              </Text>
            ))}
          </Flex>
        </DataList.Value>
      </DataList.Item>
    </>
  );
}
