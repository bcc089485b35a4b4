import { IconButton, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { CheckIcon, CopyIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text.js';

/** An icon button that copies `text`, shows a tick for a moment and announces it. */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const { t } = useTranslation(['app', 'common']);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <>
      <Tooltip content={copied ? t('common:action.copied') : t('copy.tip')}>
        <IconButton
          type="button"
          size="1"
          variant="ghost"
          color="gray"
          aria-label={label}
          onClick={() => void copyText(text, what).then(setCopied)}
        >
          {copied ? <CheckIcon color="var(--green-11)" /> : <CopyIcon />}
        </IconButton>
      </Tooltip>
      <VisuallyHidden role="status">{copied ? t('copy.announced') : ''}</VisuallyHidden>
    </>
  );
}
