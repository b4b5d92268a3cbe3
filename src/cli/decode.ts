/** How many leading bytes are searched for a NUL byte to tell binary from text. */
const SNIFF_BYTES = 8192;

/** File contents as the engine sees them, or the reason they are not text. */
export type DecodedFile = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'binary' };

// One decoder per encoding for the whole run (non-fatal: invalid bytes become U+FFFD).
const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/**
 * Decodes file bytes without ever throwing. A UTF-16 byte-order mark selects UTF-16 (LE or BE);
 * otherwise a NUL byte in the first 8 KB means binary, and everything else is read as UTF-8 with
 * invalid sequences replaced (so Latin-1 files scan, with U+FFFD where their accents were).
 * The UTF-8 BOM is dropped, so offsets are into the decoded text.
 */
export function decodeBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: UTF16LE.decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: UTF16BE.decode(bytes) };
  if (hasNul(bytes)) return { kind: 'binary' };
  return { kind: 'text', text: UTF8.decode(bytes) };
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}

/** Extensions of formats that are binary by nature; such files are skipped without being read. */
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd heic heif avif raw cr2 nef ' +
    'mp3 mp4 m4a m4v wav ogg oga flac aac opus avi mov mkv webm wmv flv mpg mpeg ' +
    'woff woff2 ttf otf eot ' +
    'zip gz tgz bz2 xz zst lz lz4 7z rar tar jar war ear aar apk ipa deb rpm dmg iso msi cab ' +
    'exe dll so dylib o obj a lib ko pdb node wasm class pyc pyo pyd elc beam ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp ' +
    'sqlite sqlite3 db mdb accdb parquet avro orc feather npy npz pkl pickle h5 hdf5 ' +
    'pt pth onnx safetensors ckpt tflite bin lockb'
  ).split(' '),
);

/** True for a file name whose extension marks a binary format. */
export function isBinaryExtension(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return false;
  return BINARY_EXTENSIONS.has(fileName.slice(dot + 1).toLowerCase());
}
