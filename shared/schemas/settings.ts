// The app's settings (<data>/settings.json). The same schema checks the Settings form, the
// updateSettings call and the file when it is read back.
import { z } from 'zod';

export const settingsSchema = z.object({
  /** A VM under KVM whose vCPUs run no guest code and print nothing for this long gets a warning. */
  kvmWatchdogSec: z
    .number({ error: 'Give the waiting time as a number of seconds.' })
    .int('Give the waiting time as a whole number of seconds.')
    .min(5, 'Wait at least 5 seconds: a guest may print nothing while it loads.')
    .max(3600, 'Wait at most an hour: give at most 3600 s.'),
  /** How often running VMs' statistics are sampled, in seconds (one timer for all of them). */
  statsIntervalSec: z
    .number({ error: 'Give the sampling interval as a number of seconds.' })
    .int('Give the sampling interval as a whole number of seconds.')
    .min(1, 'Sample at most once a second: give at least 1 s.')
    .max(60, 'Sample at least once a minute: give at most 60 s.'),
  /** Serial console scrollback kept by the engine and replayed to each new viewer, in KiB (>= 1024). */
  scrollbackKiB: z
    .number({ error: 'Give the scrollback as a number of KiB.' })
    .int('Give the scrollback as a whole number of KiB.')
    .min(1024, 'Keep at least 1 MiB: give at least 1024 KiB of scrollback.')
    .max(65536, 'Keep at most 64 MiB: give at most 65536 KiB of scrollback.'),
});

export const settingsPatch = settingsSchema.partial().strict();

export type Settings = z.output<typeof settingsSchema>;
