import type { FormHTMLAttributes } from 'react';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & { onSubmit: () => void };

/**
 * The form of a dialog. React bubbles events along the component tree, portals included: a dialog
 * opened from a page of the hardware editor is inside that page's <form> as far as React knows, so
 * its submit would Apply the page too. It stops here, for every dialog.
 */
export function DialogForm({ onSubmit, children, ...rest }: Props) {
  return (
    <form
      noValidate
      {...rest}
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
