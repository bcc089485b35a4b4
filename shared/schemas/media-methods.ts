// API methods for files and media: the file chooser and the media library (see methods.ts: the one table they join; method-kit.ts has the building blocks).
export const mediaMethods = {};
