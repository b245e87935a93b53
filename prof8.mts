import { readFileSync } from 'node:fs';
import { protection } from './rules/attachments/protection.ts';
import { attachmentBudget } from './rules/attachments/budget.ts';
const f = process.argv[2];
const bytes = new Uint8Array(readFileSync(f));
for (let i = 0; i < 6; i++) { const b = attachmentBudget(2 << 20); const t = performance.now(); const p = protection(bytes, b); console.log((performance.now() - t).toFixed(0), 'ms', p.status, p.detail, JSON.stringify(b.spent())); }
