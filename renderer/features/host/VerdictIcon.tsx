import {
  CheckCircledIcon,
  CrossCircledIcon,
  ExclamationTriangleIcon,
  InfoCircledIcon,
} from '@radix-ui/react-icons';
import type { Verdict } from '../../../shared/model/index.js';
import { VERDICT_LABEL } from '../../lib/host-verdict.js';

const ICON = {
  ok: { Icon: CheckCircledIcon, color: 'var(--green-11)' },
  warn: { Icon: ExclamationTriangleIcon, color: 'var(--amber-11)' },
  error: { Icon: CrossCircledIcon, color: 'var(--red-11)' },
  info: { Icon: InfoCircledIcon, color: 'var(--gray-10)' },
} as const;

/** Shape and colour both differ per verdict, and the name is spoken, so colour is never the only cue. */
export function VerdictIcon({ verdict, size = 16 }: { verdict: Verdict; size?: number }) {
  const { Icon, color } = ICON[verdict];
  return (
    <Icon
      role="img"
      aria-label={VERDICT_LABEL[verdict]}
      width={size}
      height={size}
      color={color}
      className="verdict-icon"
    />
  );
}
