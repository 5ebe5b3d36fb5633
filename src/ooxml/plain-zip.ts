// The entries of a zip package laid out plainly, as ccr and most tools write one: the entries one after
// another from the first byte, each local header saying what the central directory says (name,
// method, sizes, CRC; no data descriptor, no encryption, ASCII names), then the central directory, then
// the end record with no comment; no ZIP64. Nothing is expanded: each entry comes with its compressed
// bytes. Anything else gives undefined (the caller then reads the package the thorough way,
// unzipWithinLimits of read-docx.ts). In such a package every reader sees the same entries.

export interface PlainZipEntry {
  name: string;
  /** 0 stored, 8 deflate, … */
  compression: number;
  crc: number;
  /** Expanded size as the headers give it. */
  size: number;
  /** The entry's bytes as stored (compressed). */
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General-purpose flags: encrypted (bit 0), sizes in a data descriptor (bit 3). */
const UNPLAIN_FLAGS = 0x0001 | 0x0008;

export function plainZipEntries(bytes: Uint8Array): PlainZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const endAt = bytes.length - 22;
  if (endAt < 0 || u32(endAt) !== END || u16(endAt + 20) !== 0) return undefined;
  const count = u16(endAt + 10);
  const directoryAt = u32(endAt + 16);
  if (u16(endAt + 4) !== 0 || u16(endAt + 6) !== 0 || u16(endAt + 8) !== count || directoryAt + u32(endAt + 12) !== endAt) return undefined;
  const entries: PlainZipEntry[] = [];
  let at = directoryAt;
  let next = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > endAt || u32(at) !== CENTRAL) return undefined;
    const flags = u16(at + 8);
    const compression = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const nameAt = at + 46;
    const local = u32(at + 42);
    at = nameAt + nameLength + u16(at + 30) + u16(at + 32);
    if (at > endAt || flags & UNPLAIN_FLAGS || local !== next || local + 30 > directoryAt || u32(local) !== LOCAL) return undefined;
    const localNameLength = u16(local + 26);
    const dataAt = local + 30 + localNameLength + u16(local + 28);
    next = dataAt + compressedSize;
    if (
      next > directoryAt ||
      u16(local + 6) !== flags ||
      u16(local + 8) !== compression ||
      u32(local + 14) !== crc ||
      u32(local + 18) !== compressedSize ||
      u32(local + 22) !== size ||
      localNameLength !== nameLength
    ) {
      return undefined;
    }
    let name = "";
    for (let k = 0; k < nameLength; k++) {
      const c = bytes[nameAt + k];
      if (c >= 0x80 || c === 0 || bytes[local + 30 + k] !== c) return undefined;
      name += String.fromCharCode(c);
    }
    entries.push({ name, compression, crc, size, data: bytes.subarray(dataAt, next) });
  }
  return at === endAt && next === directoryAt ? entries : undefined;
}
