// API methods for power, consoles, shared bases and snapshots beyond the core (see methods.ts: the one table they join; method-kit.ts has the building blocks).
export const powerMethods = {};
