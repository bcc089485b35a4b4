import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * A bug in one view must not leave a blank window: show what broke and a way back. VMs are not
 * affected (they run in QEMU, managed by the engine), which the message says, so nobody panics.
 * Plain elements on purpose: the component kit itself may be what failed.
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
        <h1 style={{ fontSize: 20 }}>This view of VirtDesk failed</h1>
        <p>Your virtual machines are not affected: they keep running. Reload the window to continue.</p>
        <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, opacity: 0.8 }}>{this.state.error.message}</pre>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
