// The shape every translation must have, derived from the English catalogs.
import type { Catalogs, Namespace } from './catalogs/index.js';

/** Same keys as the English catalog, any text: a missing or extra key in French is a type error. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Unplural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Unplural<K>}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** "engine:vm.notFound": a namespace and a dotted path that exists in the English catalog. */
export type MessageKey = { [N in Namespace]: `${N}:${Paths<Catalogs[N]>}` }[Namespace];

// t('wizard:name.label') is checked against the English catalogs wherever i18next is used.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogs;
    // The formats of instance.ts take numbers: {{size, bytes}} wants a number, not a string.
    interpolationFormatTypeMap: {
      number: number;
      bytes: number;
      mib: number;
      rate: number;
      percent: number;
      duration: number;
      seconds: number;
      time: number;
      date: number;
    };
  }
}
