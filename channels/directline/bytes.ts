/** A view of the same bytes: this @types/node's `Buffer` is not assignable to TypeScript 5.9's `Uint8Array`. */
export function bytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
