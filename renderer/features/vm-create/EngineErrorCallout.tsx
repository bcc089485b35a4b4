import { Callout } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';

/** What the engine refused, in its own words (they name the cause and the fix). */
export function EngineErrorCallout({ message, title }: { message: string; title?: string }) {
  return (
    <Callout.Root color="red" role="alert" size="1" className="engine-error">
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
