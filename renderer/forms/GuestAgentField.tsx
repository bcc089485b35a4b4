import { Flex, Switch, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

/**
 * The QEMU guest agent's channel, on or off: one switch for the wizard and the hardware editor, with
 * what the agent gives (the guest's addresses, a clean shutdown, frozen file systems for snapshots).
 */
export function GuestAgentField({
  id,
  checked,
  onChange,
  disabled,
  className,
}: {
  id: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
  className?: string;
}) {
  const { t } = useTranslation('guest');
  return (
    <Flex asChild gap="2" align="start" className={className}>
      <Text as="label" size="2">
        <Switch id={id} mt="2px" checked={checked} onCheckedChange={onChange} disabled={disabled} aria-describedby={`${id}-hint`} />
        <Flex direction="column" gap="1">
          <span>{t('field.label')}</span>
          <Text id={`${id}-hint`} size="1" color="gray">
            {t('field.hint')}
          </Text>
        </Flex>
      </Text>
    </Flex>
  );
}
