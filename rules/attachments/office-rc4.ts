// Office 97–2003 encryption with a built-in password: Excel encrypts a workbook that is only protected
// against changes with "VelvetSweatshop", PowerPoint a presentation with only a password to modify with
// "/01Hannes Ruescher/01" (MS-OFFCRYPTO § 2.4.2.3). Such a file is encrypted but opens for anyone without
// asking. The password verifier is checked as in MS-OFFCRYPTO § 2.3.6 (RC4) and § 2.3.5 (CryptoAPI RC4).
import { u16, u32 } from './bytes.ts';
import { concatBytes, equalBytes, utf16le } from './crypto/bytes.ts';
import { md5 } from './crypto/md5.ts';
import { rc4 } from './crypto/rc4.ts';
import { sha1 } from './crypto/sha.ts';

const EXCEL_PASSWORD = utf16le('VelvetSweatshop');
const POWERPOINT_PASSWORD = utf16le('/01Hannes Ruescher/01');
const BLOCK_ZERO = new Uint8Array(4);

/** RC4 "binary" encryption (version 1.1): MD5 key derivation, 16-byte verifier hash. */
function rc4Md5Key(salt: Uint8Array, password: Uint8Array): Uint8Array {
  const h0 = md5(password).subarray(0, 5);
  const repeated: Uint8Array[] = [];
  for (let i = 0; i < 16; i++) repeated.push(h0, salt);
  return md5(md5(concatBytes(...repeated)).subarray(0, 5), BLOCK_ZERO);
}

/** RC4 CryptoAPI (versions 2–4): SHA-1 key derivation; a 40-bit key is padded to 128 bits with zeros. */
function rc4CryptoApiKey(salt: Uint8Array, keyBits: number, password: Uint8Array): Uint8Array {
  const hash = sha1(sha1(salt, password), BLOCK_ZERO);
  return keyBits === 40 ? concatBytes(hash.subarray(0, 5), new Uint8Array(11)) : hash.subarray(0, keyBits / 8);
}

/** The verifier decrypts to something whose hash is the decrypted verifier hash (one RC4 stream for both). */
function verifies(key: Uint8Array, verifier: Uint8Array, verifierHash: Uint8Array, hash: (b: Uint8Array) => Uint8Array): boolean {
  const plain = rc4(key, concatBytes(verifier, verifierHash));
  const expected = hash(plain.subarray(0, 16));
  return equalBytes(plain.subarray(16, 16 + expected.length), expected);
}

/**
 * An RC4 CryptoAPI EncryptionInfo (from its version: major 2–4, minor 2; then flags, header size, header,
 * verifier): whether `password` opens it, or undefined when the structure is not one read here.
 */
function cryptoApiOpens(info: Uint8Array, password: Uint8Array): boolean | undefined {
  const major = u16(info, 0);
  const headerSize = u32(info, 8);
  if (major === undefined || major < 2 || major > 4 || u16(info, 2) !== 2 || headerSize === undefined) return undefined;
  const keySize = u32(info, 12 + 16) || 40; // EncryptionHeader.KeySize; 0 means 40 bits
  const at = 12 + headerSize; // EncryptionVerifier: SaltSize, Salt, EncryptedVerifier, VerifierHashSize, hash
  if (u32(info, at) !== 16 || info.length < at + 4 + 16 + 16 + 4 + 20 || keySize % 8 || keySize < 40 || keySize > 128) return undefined;
  const salt = info.subarray(at + 4, at + 20);
  return verifies(rc4CryptoApiKey(salt, keySize, password), info.subarray(at + 20, at + 36), info.subarray(at + 40, at + 60), sha1);
}

/**
 * For the body of a FILEPASS record: true when Excel's built-in password opens it, false when another
 * password is needed, undefined when the record is of a kind not read here (XOR obfuscation, damage).
 */
export function opensWithExcelDefaultPassword(filepass: Uint8Array): boolean | undefined {
  if (u16(filepass, 0) !== 1) return undefined;
  if (u16(filepass, 2) === 1 && u16(filepass, 4) === 1) {
    if (filepass.length < 54) return undefined;
    return verifies(rc4Md5Key(filepass.subarray(6, 22), EXCEL_PASSWORD), filepass.subarray(22, 38), filepass.subarray(38, 54), md5);
  }
  return cryptoApiOpens(filepass.subarray(2), EXCEL_PASSWORD);
}

/** For the EncryptionInfo in a PowerPoint CryptSession10Container: whether PowerPoint's built-in password opens it. */
export function opensWithPowerPointDefaultPassword(info: Uint8Array): boolean | undefined {
  return cryptoApiOpens(info, POWERPOINT_PASSWORD);
}
