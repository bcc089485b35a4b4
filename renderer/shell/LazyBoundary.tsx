import { Button, Callout, Flex, Spinner, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n.js';
import styles from './shell.module.css';

/**
 * Takes the place of a view while its code arrives: the same box the view fills, a spinner that only
 * fades in if the wait is noticeable, so a quick load shows nothing and nothing around it moves.
 */
export function ViewLoading({ label }: { label: string }) {
  return (
    <Flex align="center" justify="center" gap="2" className={styles.viewLoading} role="status" aria-label={label}>
      <Spinner size="2" />
      <Text size="2" color="gray">
        {label}
      </Text>
    </Flex>
  );
}

interface Props {
  /** What is loading, in words: "Loading the console…". */
  label: string;
  /** A fallback of the view's own shape (the wizard's frame, say); the plain spinner otherwise. */
  fallback?: ReactNode;
  children: ReactNode;
}

/**
 * Suspense for a view fetched on first use, and a contained failure if its code cannot be fetched (the
 * server was restarted with a newer build, say): the rest of the window keeps working.
 */
export class LazyBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('VirtDesk view failed:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error) {
      return (
        <Flex direction="column" align="start" gap="3" p="4">
          <Callout.Root color="red" size="1" role="alert">
            <Callout.Icon>
              <ExclamationTriangleIcon />
            </Callout.Icon>
            <Callout.Text>{i18n.t('app:crash.part', { reason: error.message })}</Callout.Text>
          </Callout.Root>
          <Button size="1" variant="soft" onClick={() => location.reload()}>
            {i18n.t('app:crash.reload')}
          </Button>
        </Flex>
      );
    }
    return <Suspense fallback={this.props.fallback ?? <ViewLoading label={this.props.label} />}>{this.props.children}</Suspense>;
  }
}
