import JSZip from 'jszip';

/** A fixed date for every entry, so that the same inputs always give the same zip, byte for byte. */
const ENTRY_DATE = new Date(Date.UTC(2024, 0, 1));

/** A view of the same bytes: this @types/node's `Buffer` is not assignable to TypeScript 5.9's `Uint8Array`. */
function bytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Zips files at the root of the archive, where Teams looks for `manifest.json` and what it references. */
export async function zipFiles(files: ReadonlyMap<string, Buffer>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of files) zip.file(name, bytes(data), { date: ENTRY_DATE });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
