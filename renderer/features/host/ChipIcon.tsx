import type { SVGProps } from 'react';

/** A processor chip in the 15×15 line style of @radix-ui/react-icons, which has no such icon. */
export function ChipIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg width="15" height="15" viewBox="0 0 15 15" fill="none" aria-hidden {...props}>
      <rect x="3.5" y="3.5" width="8" height="8" rx="1" stroke="currentColor" />
      <rect x="5.5" y="5.5" width="4" height="4" rx="0.5" fill="currentColor" />
      <path
        d="M5.5 1v2.5M7.5 1v2.5M9.5 1v2.5M5.5 11.5V14M7.5 11.5V14M9.5 11.5V14M1 5.5h2.5M1 7.5h2.5M1 9.5h2.5M11.5 5.5H14M11.5 7.5H14M11.5 9.5H14"
        stroke="currentColor"
        strokeLinecap="round"
      />
    </svg>
  );
}
