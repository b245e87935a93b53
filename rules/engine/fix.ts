// Applies a DraftEdit to a draft, returning a new draft: the same result the add-on asks Gmail for.
// A move that would leave To empty puts the sender there instead, as a Bcc mailing usually has it:
// Gmail documents nowhere what an empty To list does, and a To with only the sender shows no parent.
import type { Address, Draft, DraftEdit } from './types.ts';

export function applyEdit(draft: Draft, edit: DraftEdit): Draft {
  switch (edit.kind) {
    case 'moveRecipients': {
      // The addresses leave the other two lists and join the end of the target list, once each.
      const moving = new Set(edit.addresses.map((a) => a.toLowerCase()));
      const stays = (a: Address) => !moving.has(a.address);
      const others = (['to', 'cc', 'bcc'] as const).filter((f) => f !== edit.to);
      const moved = others.flatMap((f) => (draft[f] || []).filter((a) => !stays(a)));
      const fixed: Draft = { ...draft, [edit.to]: dedupe([...(draft[edit.to] || []), ...moved]) };
      for (const f of others) fixed[f] = (draft[f] || []).filter(stays);
      if (!fixed.to?.length && draft.to?.length && draft.from) fixed.to = [draft.from];
      return fixed;
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

/** True when the edit leaves To holding only the sender (the card says so beside the button). */
export function toBecomesSender(draft: Draft, edit: DraftEdit): boolean {
  const to = applyEdit(draft, edit).to || [];
  return (
    edit.kind === 'moveRecipients' &&
    !!draft.from &&
    to.length === 1 &&
    to[0].address === draft.from.address &&
    !(draft.to || []).some((a) => a.address === draft.from!.address)
  );
}

function dedupe(list: Address[]): Address[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.address) ? false : (seen.add(a.address), true)));
}
