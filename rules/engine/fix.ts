// Applies a DraftEdit to a draft, returning a new draft: the same result the add-on asks Gmail for.
import type { Address, Draft, DraftEdit } from './types.ts';

export function applyEdit(draft: Draft, edit: DraftEdit): Draft {
  switch (edit.kind) {
    case 'moveRecipients': {
      const moving = new Set(edit.addresses.map((a) => a.toLowerCase()));
      const stays = (a: Address) => !moving.has(a.address);
      const moved = [...(draft.to || []), ...(draft.cc || [])].filter((a) => !stays(a));
      return {
        ...draft,
        to: (draft.to || []).filter(stays),
        cc: (draft.cc || []).filter(stays),
        bcc: dedupe([...(draft.bcc || []), ...moved]),
      };
    }
    case 'replaceRecipient': {
      const list = draft[edit.field] || [];
      const from = edit.from.toLowerCase();
      return {
        ...draft,
        [edit.field]: list.map((a) => (a.address === from ? { ...a, address: edit.to.toLowerCase() } : a)),
      };
    }
  }
}

function dedupe(list: Address[]): Address[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.address) ? false : (seen.add(a.address), true)));
}
