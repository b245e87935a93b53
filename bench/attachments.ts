// The attachment protection check on 1 MB and 25 MB files of each format, made here with the real tools
// (zip, 7z, qpdf, gpg, openssl), against one plain pass over the same bytes. Skips a tool that is missing.
// The first check of each file is also reported: Apps Script runs each trigger cold, before V8 optimises.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { protection } from '../rules/attachments/protection.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pdf = join(root, 'test/fixtures/attachments/minutes_plain.pdf');

function median(f: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function plainPass(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < b.length; i++) sum = (sum + b[i]) | 0;
  return sum;
}

const makers: Record<string, (dir: string, data: string, out: string) => string[]> = {
  'ZIP, plain': (_d, data, out) => ['zip', '-q', '-0', '-j', out, data],
  'ZIP, AES-256': (_d, data, out) => ['7z', 'a', '-bso0', '-tzip', '-mx0', '-psecret', '-mem=AES256', out, data],
  '7z, encrypted headers': (_d, data, out) => ['7z', 'a', '-bso0', '-mx0', '-psecret', '-mhe=on', out, data],
  // 200 files: 7-Zip packs the header with LZMA, so the check decodes it.
  '7z, 200 files, LZMA-packed header': (_d, data, out) => {
    const parts = `${out}.parts`;
    mkdirSync(parts);
    execFileSync('split', ['-n', '200', data, join(parts, 'part-')]);
    return ['7z', 'a', '-bso0', '-mx0', '-psecret', out, parts];
  },
  'PDF, plain (file attached)': (_d, data, out) => ['qpdf', pdf, '--add-attachment', data, '--', out],
  'PDF, AES-256': (_d, data, out) => ['qpdf', pdf, '--add-attachment', data, '--', '--encrypt', 'secret', 'secret', '256', '--', out],
  // Owner password only: the check runs the revision-6 password hash (64+ rounds of AES and SHA-2).
  'PDF, AES-256, owner password only': (_d, data, out) => [
    'qpdf',
    pdf,
    '--add-attachment',
    data,
    '--',
    '--encrypt',
    '',
    'owner',
    '256',
    '--',
    out,
  ],
  'PDF, RC4-128, owner password only': (_d, data, out) => [
    'qpdf',
    pdf,
    '--add-attachment',
    data,
    '--',
    '--allow-weak-crypto',
    '--encrypt',
    '',
    'owner',
    '128',
    '--use-aes=n',
    '--',
    out,
  ],
  'OpenPGP, symmetric': (d, data, out) => [
    'gpg',
    '--batch',
    '--quiet',
    '--homedir',
    d,
    '--pinentry-mode',
    'loopback',
    '--passphrase',
    'secret',
    '--compress-algo',
    'none',
    '--symmetric',
    '-o',
    out,
    data,
  ],
  'CMS, enveloped': (d, data, out) => [
    'openssl',
    'cms',
    '-encrypt',
    '-binary',
    '-aes256',
    '-in',
    data,
    '-outform',
    'DER',
    '-out',
    out,
    join(d, 'cert.pem'),
  ],
};

export function benchAttachments(): void {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-att-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=bench',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
  } catch (_) {
    console.log('attachments: skipped (openssl missing)');
    return;
  }
  console.log('\n| format | 1 MB: check / plain pass | 25 MB: check / plain pass | first check | verdict |');
  console.log('|---|---|---|---|---|');
  for (const [name, make] of Object.entries(makers)) {
    const cells: string[] = [];
    let verdict = '';
    let first = '';
    for (const mb of [1, 25]) {
      const data = join(dir, `data-${mb}.bin`);
      writeFileSync(data, randomBytes(mb * 1024 * 1024)); // incompressible, so each file really is that size
      const out = join(dir, `${name.replace(/\W+/g, '_')}-${mb}.out`);
      try {
        const [cmd, ...args] = make(dir, data, out);
        execFileSync(cmd, args, { stdio: 'ignore' });
      } catch (_) {
        cells.push('tool missing');
        continue;
      }
      const bytes = new Uint8Array(readFileSync(out));
      if (!first) {
        const t = performance.now();
        protection(bytes);
        first = `${(performance.now() - t).toFixed(1)} ms`;
      }
      const check = median(() => protection(bytes));
      const pass = median(() => plainPass(bytes));
      verdict = protection(bytes).status;
      cells.push(`${check.toFixed(2)} ms / ${pass.toFixed(2)} ms (×${(check / pass).toFixed(3)})`);
    }
    console.log(`| ${name} | ${cells.join(' | ')} | ${first} | ${verdict} |`);
  }
}
