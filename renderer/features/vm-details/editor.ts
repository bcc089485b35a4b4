import type { HostInfo, VmConfig, VmSummary } from '../../../shared/model/index.js';
import type { EditorDraft } from './editor-draft.js';

/** What every hardware page gets: the stored config, the working copy and its messages. */
export interface Editor {
  vm: VmSummary;
  config: VmConfig;
  draft: EditorDraft;
  set: (patch: Partial<EditorDraft>) => void;
  /** Messages of this page's fields, by config path ("nics.0.mac"). */
  errors: Record<string, string>;
  /** QEMU runs: most changes wait for the next boot. */
  running: boolean;
  host: HostInfo | null;
}
