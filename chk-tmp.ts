import { readFileSync, readdirSync } from 'node:fs';
import { protection } from './rules/attachments/protection.ts';
const dir = 'test/fixtures/attachments';
for (const f of readdirSync(dir).sort()) { if (f === 'make.sh') continue; const p = protection(new Uint8Array(readFileSync(`${dir}/${f}`))); console.log(f.padEnd(36), p.status.padEnd(13), p.format, '-', p.detail); }
