import { Button, Flex, TextField } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind } from '../../shared/schemas/media-methods.js';
import { useBrowse } from '../features/files/useBrowse.js';
import { fieldAria } from './FormField.js';

interface Props {
  /** The input's id, which the FormField's label points at. */
  id: string;
  kind: FileKind;
  value: string;
  /** Typed, or picked when there is no onPick. */
  onChange: (path: string) => void;
  /** A path picked with Browse (the CD-ROM's Change… applies it at once); onChange when absent. */
  onPick?: (path: string) => void;
  onBlur?: () => void;
  error?: string;
  placeholder?: string;
  /** The button's text ("Browse…"), and its name for a screen reader where several fields share a page. */
  browseLabel?: string;
  browseName?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  /** More buttons after Browse (the CD-ROM's Eject). */
  children?: ReactNode;
}

/**
 * Every path field of the app: typeable as ever, with a Browse… button beside it. In the desktop app
 * Browse opens the desktop's own dialog; in a browser, the engine's chooser, which lists the files of
 * the machine the engine runs on (a browser's own file dialog would not give their paths).
 */
export function PathField({
  id,
  kind,
  value,
  onChange,
  onPick,
  onBlur,
  error,
  placeholder,
  browseLabel,
  browseName,
  disabled,
  autoFocus,
  children,
}: Props) {
  const { t } = useTranslation();
  const { browse, dialog } = useBrowse(kind, onPick ?? onChange);
  return (
    <Flex gap="2">
      <TextField.Root
        {...fieldAria(id, error)}
        className="mono-input grow"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <Button type="button" variant="soft" color="gray" disabled={disabled} aria-label={browseName} onClick={() => browse(value)}>
        {browseLabel ?? t('action.browse')}
      </Button>
      {children}
      {dialog}
    </Flex>
  );
}
