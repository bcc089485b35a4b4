import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n.js';

/**
 * A bug in one view must not leave a blank window: show what broke and a way back. VMs are not
 * affected (they run in QEMU, managed by the engine), which the message says, so nobody panics.
 * Plain elements on purpose: the component kit itself may be what failed. The words come from the
 * window's i18n instance, not a hook: a class component, shown once the rest has failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('VirtDesk view crashed:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 32, fontFamily: 'system-ui, sans-serif', maxWidth: 720 }}>
        <h1 style={{ fontSize: 20 }}>{i18n.t('app:crash.title')}</h1>
        <p>{i18n.t('app:crash.text')}</p>
        <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, opacity: 0.8 }}>{this.state.error.message}</pre>
        <button type="button" onClick={() => location.reload()}>
          {i18n.t('app:crash.reload')}
        </button>
      </div>
    );
  }
}
