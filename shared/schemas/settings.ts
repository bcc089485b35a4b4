// The app's settings (<data>/settings.json). The same schema checks the Settings form, the
// updateSettings call and the file when it is read back.
import { z } from 'zod';
import { said } from './schema-messages.js';

export const settingsSchema = z.object({
  /** A VM under KVM whose vCPUs run no guest code and print nothing for this long gets a warning. */
  kvmWatchdogSec: z
    .number({ error: said('validation:settings.watchdogNumber') })
    .int(said('validation:settings.watchdogWhole'))
    .min(5, said('validation:settings.watchdogMin'))
    .max(3600, said('validation:settings.waitMax')),
  /** How often running VMs' statistics are sampled, in seconds (one timer for all of them). */
  statsIntervalSec: z
    .number({ error: said('validation:settings.statsNumber') })
    .int(said('validation:settings.statsWhole'))
    .min(1, said('validation:settings.statsMin'))
    .max(60, said('validation:settings.statsMax')),
  /** Serial console scrollback kept by the engine and replayed to each new viewer, in KiB (>= 1024). */
  scrollbackKiB: z
    .number({ error: said('validation:settings.scrollbackNumber') })
    .int(said('validation:settings.scrollbackWhole'))
    .min(1024, said('validation:settings.scrollbackMin'))
    .max(65536, said('validation:settings.scrollbackMax')),
});

export const settingsPatch = settingsSchema.partial().strict();

export type Settings = z.output<typeof settingsSchema>;
