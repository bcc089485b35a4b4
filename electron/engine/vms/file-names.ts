/** A VM name as a file name: letters, digits, dot, dash; the rest becomes "_". */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}.-]+/gu, '_').replace(/^[._]+/, '') || 'vm';
}
