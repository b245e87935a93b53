// Excel 97–2003 encryption (the FILEPASS record): whether the file opens with Excel's built-in password
// "VelvetSweatshop", which Excel uses when a workbook is only protected against changes. Such a file is
// encrypted but opens for anyone without asking. MS-OFFCRYPTO § 2.3.6 (RC4) and § 2.3.5 (CryptoAPI RC4).
import { u16, u32 } from './bytes.ts';
import { concatBytes, equalBytes, utf16le } from './crypto/bytes.ts';
import { md5 } from './crypto/md5.ts';
import { rc4 } from './crypto/rc4.ts';
import { sha1 } from './crypto/sha.ts';

const DEFAULT_PASSWORD = utf16le('VelvetSweatshop');
const BLOCK_ZERO = new Uint8Array(4);

/** RC4 "binary" encryption (version 1.1): MD5 key derivation, 16-byte verifier hash. */
function rc4Md5Key(salt: Uint8Array): Uint8Array {
  const h0 = md5(DEFAULT_PASSWORD).subarray(0, 5);
  const repeated: Uint8Array[] = [];
  for (let i = 0; i < 16; i++) repeated.push(h0, salt);
  return md5(md5(concatBytes(...repeated)).subarray(0, 5), BLOCK_ZERO);
}

/** RC4 CryptoAPI (versions 2–4): SHA-1 key derivation; a 40-bit key is padded to 128 bits with zeros. */
function rc4CryptoApiKey(salt: Uint8Array, keyBits: number): Uint8Array {
  const hash = sha1(sha1(salt, DEFAULT_PASSWORD), BLOCK_ZERO);
  return keyBits === 40 ? concatBytes(hash.subarray(0, 5), new Uint8Array(11)) : hash.subarray(0, keyBits / 8);
}

/** The verifier decrypts to something whose hash is the decrypted verifier hash (one RC4 stream for both). */
function verifies(key: Uint8Array, verifier: Uint8Array, verifierHash: Uint8Array, hash: (b: Uint8Array) => Uint8Array): boolean {
  const plain = rc4(key, concatBytes(verifier, verifierHash));
  const expected = hash(plain.subarray(0, 16));
  return equalBytes(plain.subarray(16, 16 + expected.length), expected);
}

/**
 * For the body of a FILEPASS record: true when Excel's default password opens it, false when another
 * password is needed, undefined when the record is of a kind not read here (XOR obfuscation, damage).
 */
export function opensWithExcelDefaultPassword(filepass: Uint8Array): boolean | undefined {
  if (u16(filepass, 0) !== 1) return undefined;
  const major = u16(filepass, 2);
  const minor = u16(filepass, 4);
  if (major === 1 && minor === 1) {
    if (filepass.length < 54) return undefined;
    return verifies(rc4Md5Key(filepass.subarray(6, 22)), filepass.subarray(22, 38), filepass.subarray(38, 54), md5);
  }
  if (major === undefined || major < 2 || major > 4 || minor !== 2) return undefined;
  const headerSize = u32(filepass, 10);
  if (headerSize === undefined) return undefined;
  const keySize = u32(filepass, 14 + 16) || 40; // EncryptionHeader.KeySize; 0 means 40 bits
  const at = 14 + headerSize; // EncryptionVerifier: SaltSize, Salt, EncryptedVerifier, VerifierHashSize, hash
  if (u32(filepass, at) !== 16 || filepass.length < at + 4 + 16 + 16 + 4 + 20 || keySize % 8 || keySize < 40 || keySize > 128) return undefined;
  const salt = filepass.subarray(at + 4, at + 20);
  return verifies(rc4CryptoApiKey(salt, keySize), filepass.subarray(at + 20, at + 36), filepass.subarray(at + 40, at + 60), sha1);
}
