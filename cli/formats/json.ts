// --format json: one JSON array, one object per message, written as each message is checked.
import type { Formatter, MessageResult, Write } from './result.ts';

export function jsonFormatter(out: Write): Formatter {
  let count = 0;
  return {
    write(result: MessageResult) {
      const { file, findings, notChecked, audited } = result;
      return out((count++ === 0 ? '[\n' : ',\n') + JSON.stringify({ file, findings, notChecked, audited }));
    },
    close() {
      return out(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
