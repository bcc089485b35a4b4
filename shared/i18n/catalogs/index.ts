// Every catalog, per language and namespace. A namespace belongs to one area of the code (its owner in
// docs/I18N.md); English is the source, French must have exactly the same keys (checked by the types
// and by catalogs.test.ts).
import enApp from './en/app.js';
import enCli from './en/cli.js';
import enCommon from './en/common.js';
import enConsole from './en/console.js';
import enDetails from './en/details.js';
import enEngine from './en/engine.js';
import enFiles from './en/files.js';
import enGuest from './en/guest.js';
import enHost from './en/host.js';
import enLabs from './en/labs.js';
import enMedia from './en/media.js';
import enShares from './en/shares.js';
import enNetworks from './en/networks.js';
import enStorage from './en/storage.js';
import enTeach from './en/teach.js';
import enValidation from './en/validation.js';
import enVmList from './en/vmList.js';
import enWizard from './en/wizard.js';
import frApp from './fr/app.js';
import frCli from './fr/cli.js';
import frCommon from './fr/common.js';
import frConsole from './fr/console.js';
import frDetails from './fr/details.js';
import frEngine from './fr/engine.js';
import frFiles from './fr/files.js';
import frGuest from './fr/guest.js';
import frHost from './fr/host.js';
import frLabs from './fr/labs.js';
import frMedia from './fr/media.js';
import frShares from './fr/shares.js';
import frNetworks from './fr/networks.js';
import frStorage from './fr/storage.js';
import frTeach from './fr/teach.js';
import frValidation from './fr/validation.js';
import frVmList from './fr/vmList.js';
import frWizard from './fr/wizard.js';

export const en = {
  common: enCommon,
  validation: enValidation,
  engine: enEngine,
  files: enFiles,
  host: enHost,
  teach: enTeach,
  app: enApp,
  vmList: enVmList,
  wizard: enWizard,
  details: enDetails,
  storage: enStorage,
  media: enMedia,
  networks: enNetworks,
  console: enConsole,
  cli: enCli,
  labs: enLabs,
  shares: enShares,
  guest: enGuest,
};

export type Catalogs = typeof en;
export type Namespace = keyof Catalogs;
export const NAMESPACES = Object.keys(en) as Namespace[];

export const fr = {
  common: frCommon,
  validation: frValidation,
  engine: frEngine,
  files: frFiles,
  host: frHost,
  teach: frTeach,
  app: frApp,
  vmList: frVmList,
  wizard: frWizard,
  details: frDetails,
  storage: frStorage,
  media: frMedia,
  networks: frNetworks,
  console: frConsole,
  cli: frCli,
  labs: frLabs,
  shares: frShares,
  guest: frGuest,
} satisfies Record<Namespace, unknown>;

export const resources = { en, fr };
