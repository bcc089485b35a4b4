// API methods for the New VM wizard's checks and the OS database (see methods.ts: the one table they join; method-kit.ts has the building blocks).
export const wizardMethods = {};
