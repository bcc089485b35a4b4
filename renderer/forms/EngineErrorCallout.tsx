import { Callout } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useEffect, useRef } from 'react';

/**
 * What the engine refused, in its own words (they name the cause and the fix). It appears after a click
 * (Apply, Create), often below the fold of a long page: it scrolls itself into view, or the click would
 * seem to do nothing.
 */
export function EngineErrorCallout({ message, title }: { message: string; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return (
    <Callout.Root ref={ref} color="red" role="alert" size="1">
      <Callout.Icon>
        <CrossCircledIcon />
      </Callout.Icon>
      <Callout.Text className="pre-wrap">
        {title ? <strong>{title} </strong> : null}
        {message}
      </Callout.Text>
    </Callout.Root>
  );
}
