/**
 * CRC-32 (IEEE 802.3, the one zip and PNG use) of a text's UTF-16 code units,
 * which for the ASCII-only codes it guards equals the CRC of their bytes.
 * Chosen for assignment links because a CRC-32 detects every error burst of
 * 32 bits or fewer with certainty, so any one changed character of a code is
 * always caught, where a sum or a short hash would let some through.
 */
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
