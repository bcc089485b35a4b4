import { Flex, RadioCards, Text } from '@radix-ui/themes';
import styles from './forms.module.css';

export interface Choice<V extends string> {
  mode: V;
  title: string;
  text: string;
  disabled?: boolean;
}

/** A labelled row of radio cards, each a title and one line of explanation (the wizard's choices). */
export function ChoiceCards<V extends string>(props: {
  id: string;
  label: string;
  choices: ReadonlyArray<Choice<V>>;
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <Flex direction="column" gap="1">
      <Text size="2" weight="medium" id={props.id}>
        {props.label}
      </Text>
      <RadioCards.Root
        columns={String(props.choices.length)}
        gap="2"
        size="1"
        value={props.value}
        onValueChange={(v) => props.onChange(v as V)}
        aria-labelledby={props.id}
      >
        {props.choices.map((c) => (
          <RadioCards.Item key={c.mode} value={c.mode} disabled={c.disabled} className={styles.choiceCard}>
            <Flex direction="column" gap="1" width="100%">
              <Text size="2" weight="bold">
                {c.title}
              </Text>
              <Text size="1" color="gray">
                {c.text}
              </Text>
            </Flex>
          </RadioCards.Item>
        ))}
      </RadioCards.Root>
    </Flex>
  );
}
