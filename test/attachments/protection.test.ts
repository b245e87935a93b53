// Every fixture made by test/fixtures/attachments/make.sh (real tools), with what is true of it: the
// detector must say exactly that. Names are misleading on purpose in places: only the bytes count.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protection } from '../../rules/attachments/protection.ts';
import { repoRoot } from '../helpers/corpus.ts';

const dir = join(repoRoot, 'test/fixtures/attachments');
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

// file → [status, format]; the comment says what is true when it is not obvious.
const truth: Record<string, [string, string]> = {
  'pupils_plain.zip': ['notProtected', 'ZIP'],
  'pupils_zipcrypto.zip': ['protected', 'ZIP'],
  'pupils_aes.zip': ['protected', 'ZIP'], // WinZip AES-256 by 7-Zip
  'mixed.zip': ['notProtected', 'ZIP'], // one member plain, one encrypted: not protected
  'pupils_zip64.zip': ['notProtected', 'ZIP'],
  'zip_in_zip_inner_encrypted.zip': ['protected', 'ZIP'], // a plain zip whose only member is encrypted
  'plain_zip_with_password_docx.zip': ['protected', 'ZIP'], // a plain zip holding a password-protected DOCX
  'pupils_plain.7z': ['notProtected', '7z'],
  'pupils_content.7z': ['protected', '7z'],
  'pupils_headers.7z': ['protected', '7z'], // -mhe=on
  'class_plain.7z': ['notProtected', '7z'], // 30 files: the header is LZMA-packed and must be decoded
  'class_content.7z': ['protected', '7z'],
  'class_mixed.7z': ['notProtected', '7z'], // a block added later without a password
  'empty_files.7z': ['notProtected', '7z'], // no packed streams at all
  'class_py7zr_plain.7z': ['notProtected', '7z'], // py7zr: the header is LZMA2-packed
  'class_py7zr_content.7z': ['protected', '7z'],
  'pupils.xlsx': ['notProtected', 'Office document'],
  'minutes.docx': ['notProtected', 'Office document'],
  'pupils_password.xlsx': ['protected', 'Office document'], // CFB with EncryptionInfo + EncryptedPackage
  'minutes_password.docx': ['protected', 'Office document'],
  'minutes.doc': ['notProtected', 'Word document'],
  'minutes_password.doc': ['protected', 'Word document'], // FIB fEncrypted, saved by LibreOffice through UNO
  'pupils.xls': ['notProtected', 'Excel workbook'],
  'pupils_password.xls': ['protected', 'Excel workbook'], // FILEPASS (RC4) after BOF, by LibreOffice
  'pupils_velvetsweatshop.xls': ['notProtected', 'Excel workbook'], // encrypted with Excel's built-in password
  'pupils_cryptoapi_password.xls': ['protected', 'Excel workbook'], // CryptoAPI RC4, by Apache POI
  'pupils_cryptoapi_velvetsweatshop.xls': ['notProtected', 'Excel workbook'],
  'minutes.ppt': ['notProtected', 'PowerPoint presentation'],
  'minutes_password.ppt': ['protected', 'PowerPoint presentation'], // by Apache POI
  'minutes_builtin_password.ppt': ['notProtected', 'PowerPoint presentation'], // PowerPoint's built-in password
  'pupils_password.ods': ['protected', 'OpenDocument file'], // encryption-data in the manifest
  'minutes_password.odt': ['protected', 'OpenDocument file'],
  'pupils.ods': ['notProtected', 'OpenDocument file'],
  'minutes_plain.pdf': ['notProtected', 'PDF'],
  'minutes_user_password.pdf': ['protected', 'PDF'], // AES-256 (revision 6)
  'minutes_owner_only.pdf': ['notProtected', 'PDF'], // AES-256, owner password only: opens for anyone
  'minutes_rc4_40_password.pdf': ['protected', 'PDF'], // revision 2
  'minutes_rc4_40_owner_only.pdf': ['notProtected', 'PDF'],
  'minutes_rc4_128_password.pdf': ['protected', 'PDF'], // revision 3
  'minutes_rc4_128_owner_only.pdf': ['notProtected', 'PDF'],
  'minutes_aes128_password.pdf': ['protected', 'PDF'], // revision 4
  'minutes_aes128_owner_only.pdf': ['notProtected', 'PDF'], // with /EncryptMetadata false
  'minutes_aes128_owner_only_no_length.pdf': ['notProtected', 'PDF'], // key length from the crypt filter
  'minutes_linearized_encrypted.pdf': ['protected', 'PDF'], // /Encrypt only in the first-page trailer
  'minutes_xref_stream.pdf': ['notProtected', 'PDF'], // no "trailer" keyword at all
  'minutes_xref_stream_encrypted.pdf': ['protected', 'PDF'],
  'mentions_encrypt_not_encrypted.pdf': ['notProtected', 'PDF'], // its text says "trailer << /Encrypt 12 0 R >>"
  'pupils.csv.gpg': ['protected', 'OpenPGP'],
  'pupils.csv.asc': ['protected', 'OpenPGP'], // armoured: decoded to its first packet
  'minutes.txt.sig.gpg': ['notProtected', 'OpenPGP'],
  'minutes_signed.asc': ['notProtected', 'OpenPGP'], // "BEGIN PGP MESSAGE" but only signed
  'pupils_public_key.csv.gpg': ['protected', 'OpenPGP'], // to a public key: a PKESK packet, then the data
  'pupils.csv.age': ['protected', 'age'],
  'pupils_armoured.age': ['protected', 'age'],
  'pupils.csv.enc': ['protected', 'openssl enc'], // "Salted__", a salt, then AES-256-CBC blocks
  'pupils_base64.csv.enc': ['protected', 'openssl enc'], // the same in base64 ("U2FsdGVkX1…")
  'pupils_pem.p7m': ['protected', 'S/MIME (CMS)'], // EnvelopedData as PEM text
  'pupils_signed_pem.p7m': ['notProtected', 'S/MIME (CMS)'], // SignedData as PEM text
  'pupils.csv.p7m': ['protected', 'S/MIME (CMS)'],
  'minutes_signed.p7m': ['notProtected', 'S/MIME (CMS)'], // .p7m, but SignedData
  'keys.p12': ['protected', 'PKCS#12'],
  'smime_encrypted.eml': ['protected', 'e-mail message'], // an attached message, S/MIME-encrypted as a whole
  'smime_signed.eml': ['notProtected', 'e-mail message'], // signed: anyone can read it
  'misnamed_zip.pdf': ['protected', 'ZIP'], // an AES zip named .pdf
  'misnamed_pdf.zip': ['notProtected', 'PDF'],
  'bomb.xlsx': ['notProtected', 'Office document'], // 97 KB inflating to 100 MB
  'truncated.zip': ['unknown', 'ZIP'],
  'corrupt_header.7z': ['unknown', '7z'], // its header fails the CRC the start header keeps
  'corrupt_sector_size.xls': ['unknown', 'Office file'],
  'corrupt_startxref.pdf': ['unknown', 'PDF'],
  'truncated.pdf': ['unknown', 'PDF'],
  'empty.xlsx': ['unknown', 'empty file'],
  'pupils.csv': ['notProtected', 'text file'],
};

describe('protection()', () => {
  it.each(Object.entries(truth))('%s', (file, [status, format]) => {
    const p = protection(read(file));
    expect([p.status, p.format]).toEqual([status, format]);
    expect(p.detail).toMatch(/\w/);
  });

  it('covers every fixture the script makes', () => {
    const fixtures = readdirSync(dir).filter((f) => !/\.(sh|py|java)$/.test(f));
    expect(fixtures.filter((f) => !(f in truth))).toEqual([]);
  });

  // Property: corrupting any fixture (bytes overwritten where the checks read most: the first 512 and last
  // 2,048 bytes, and anywhere) never throws, and never makes a file that is not protected look protected as
  // some other format: a sniff of its first bytes cannot vouch for it. (A corruption inside the format's own
  // markers, such as a zip entry's encryption flag, may change its verdict: that is the file saying so.)
  it('random corruption never throws and never turns "not protected" into "protected" through a sniff', () => {
    const files = Object.keys(truth);
    const edit = fc.record({ region: fc.constantFrom('head', 'tail', 'anywhere'), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(edit, { minLength: 1, maxLength: 8 }), (file, edits) => {
        const bytes = read(file);
        for (const e of edits) {
          const span =
            e.region === 'head' ? Math.min(512, bytes.length) : e.region === 'tail' ? Math.min(2048, bytes.length) : bytes.length;
          const offset = e.region === 'tail' ? bytes.length - span : 0;
          bytes[offset + (e.at % span)] = e.value;
        }
        const p = protection(bytes);
        const [status, format] = truth[file];
        if (status !== 'protected' && p.status === 'protected') expect(p.format, `${file} after ${JSON.stringify(edits)}`).toBe(format);
      }),
      { numRuns: 3000 },
    );
  });

  it('random bytes behind an OpenPGP packet tag, or after a known magic, are never "protected" by a sniff', () => {
    const tags = [0x84, 0x85, 0x86, 0x87, 0x8c, 0x8d, 0x8e, 0x8f, 0xa4, 0xa5, 0xa6, 0xa7, 0xc1, 0xc3, 0xc9, 0xd2, 0xd4, 0x30];
    fc.assert(
      fc.property(fc.constantFrom(...tags), fc.uint8Array({ minLength: 1, maxLength: 4096 }), (first, rest) => {
        const bytes = new Uint8Array(rest.length + 1);
        bytes[0] = first;
        bytes.set(rest, 1);
        expect(protection(bytes).status).not.toBe('protected');
      }),
      { numRuns: 3000 },
    );
  });

  // Found by the corruption test with more rounds: a sector-size field of 28 asked for 256 MB sectors and
  // took 15 s; in Gmail that is half the time a card may take.
  // The 5 s limit is a guard against that hang, not a speed budget: the call takes about a millisecond.
  it('answers "could not tell" at once for a compound file with a damaged sector size', () => {
    const bytes = read('minutes_password.doc');
    bytes[0x1e] = 28;
    expect(protection(bytes)).toMatchObject({ status: 'unknown', format: 'Office file' });
  }, 5000);

  it('never throws on damaged bytes: every prefix of every fixture', () => {
    for (const file of Object.keys(truth)) {
      const bytes = read(file);
      for (const cut of [1, 4, 8, 30, 64, 100, 512, Math.floor(bytes.length / 2), bytes.length - 1]) {
        if (cut > 0 && cut < bytes.length) expect(() => protection(bytes.subarray(0, cut)), `${file} cut at ${cut}`).not.toThrow();
      }
    }
  });
});
