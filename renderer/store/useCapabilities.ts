import { useEffect } from 'react';
import type { QemuCapabilities } from '../../shared/model/index.js';
import { loadCapabilities, useHost } from './host.js';

/** QEMU's capabilities for a form that lists machine types or CPU models; read once, on first need. */
export function useCapabilities(): QemuCapabilities | null {
  const caps = useHost((s) => s.caps);
  useEffect(() => {
    if (!caps) void loadCapabilities();
  }, [caps]);
  return caps;
}
