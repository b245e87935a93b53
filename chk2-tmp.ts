import { readFileSync } from 'node:fs';
import { protection } from '/work/main/rules/attachments/protection.ts';
for (const f of process.argv.slice(2)) console.log(f, protection(new Uint8Array(readFileSync(f))));
