/**
 * Typed arrays as text, for the persisted term index: their bytes in base64 (little-endian, as
 * every platform Node runs on), and ascending lists as gaps, most of which take one byte.
 */

/** A typed array's bytes, in base64. */
export function encode(xs: Uint32Array | Uint16Array | Uint8Array | Int32Array | Float64Array): string {
  return Buffer.from(xs.buffer, xs.byteOffset, xs.byteLength).toString("base64");
}

/**
 * Lists of ascending numbers, one after another, `offsets` saying where each starts: each number
 * is saved as its gap from the previous one of its list (from 0 for the first), in 7-bit groups,
 * low group first, the high bit set on all but the last. Most gaps take one byte where a number
 * takes four.
 */
export function encodeGaps(values: Uint32Array, offsets: Uint32Array): string {
  const bytes = new Uint8Array(values.length * 5);
  let at = 0;
  for (let t = 0; t + 1 < offsets.length; t++) {
    let previous = 0;
    for (let i = offsets[t]!; i < offsets[t + 1]!; i++) {
      let gap = values[i]! - previous;
      previous = values[i]!;
      while (gap >= 0x80) {
        bytes[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[at++] = gap;
    }
  }
  return Buffer.from(bytes.buffer, 0, at).toString("base64");
}

/** Lists saved by {@link encodeGaps}, read back; throws when the text does not hold them exactly. */
export function decodeGaps(text: string, offsets: Uint32Array): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  const total = offsets[offsets.length - 1] ?? 0;
  const out = new Uint32Array(total);
  let at = 0;
  for (let t = 0; t + 1 < offsets.length; t++) {
    let previous = 0;
    for (let i = offsets[t]!; i < offsets[t + 1]! && i < total; i++) {
      if (at >= bytes.length) throw new Error("the saved index is damaged");
      let byte = bytes[at++]!;
      let gap = byte & 0x7f;
      for (let shift = 7; byte >= 0x80 && at < bytes.length && shift < 32; shift += 7) {
        byte = bytes[at++]!;
        gap = (gap | ((byte & 0x7f) << shift)) >>> 0;
      }
      previous += gap;
      out[i] = previous;
    }
  }
  if (at !== bytes.length) throw new Error("the saved index is damaged");
  return out;
}

/** A typed array saved by {@link encode}; throws when the bytes do not make whole elements. */
export function decode<T extends Uint32Array | Uint16Array | Uint8Array | Int32Array | Float64Array>(text: string, Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; readonly BYTES_PER_ELEMENT: number }): T {
  let bytes: Uint8Array = Buffer.from(text, "base64");
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw new Error("the saved index is damaged");
  // A typed array starts at a multiple of its element size: small buffers share a pool and may not.
  if (bytes.byteOffset % Type.BYTES_PER_ELEMENT !== 0) bytes = new Uint8Array(bytes);
  return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT);
}
