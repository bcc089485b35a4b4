import type { SVGProps } from 'react';

/** A folder in the 15×15 line style of @radix-ui/react-icons, which has no such icon. */
export function FolderIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg width="15" height="15" viewBox="0 0 15 15" fill="none" aria-hidden {...props}>
      <path
        d="M1.5 3.5a1 1 0 0 1 1-1h3.3l1.4 1.5h5.3a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1h-10a1 1 0 0 1-1-1v-8Z"
        stroke="currentColor"
        strokeLinejoin="round"
      />
      <path d="M1.5 5.5h12" stroke="currentColor" />
    </svg>
  );
}
