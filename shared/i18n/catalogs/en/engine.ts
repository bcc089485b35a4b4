// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
export default {} as const;
