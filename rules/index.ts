// The core's one door: the registry of built-in rules (sorted by id; the id is the file name and the doc
// page name), the engine, config parsing, and the types. The shells import nothing else from rules/.
// With no config, parseConfig({}) runs every rule at its default severity.
import type { AnyRule } from './engine/types.ts';
import { maxAttachmentSize } from './max-attachment-size.ts';
import { maxRecipients } from './max-recipients.ts';
import { noCcForEffect } from './no-cc-for-effect.ts';
import { noChainLetter } from './no-chain-letter.ts';
import { noContractWording } from './no-contract-wording.ts';
import { noExternalFileSharing } from './no-external-file-sharing.ts';
import { noLookalikeRecipient } from './no-lookalike-recipient.ts';
import { noMisdirectedRecipient } from './no-misdirected-recipient.ts';
import { noPersonalDataToExternal } from './no-personal-data-to-external.ts';
import { noUnapprovedCloudStorage } from './no-unapproved-cloud-storage.ts';
import { noUnencryptedSensitiveAttachment } from './no-unencrypted-sensitive-attachment.ts';
import { noUnprofessionalWording } from './no-unprofessional-wording.ts';
import { requireBccForParents } from './require-bcc-for-parents.ts';

export const builtInRules: Record<string, AnyRule> = {
  'max-attachment-size': maxAttachmentSize,
  'max-recipients': maxRecipients,
  'no-cc-for-effect': noCcForEffect,
  'no-chain-letter': noChainLetter,
  'no-contract-wording': noContractWording,
  'no-external-file-sharing': noExternalFileSharing,
  'no-lookalike-recipient': noLookalikeRecipient,
  'no-misdirected-recipient': noMisdirectedRecipient,
  'no-personal-data-to-external': noPersonalDataToExternal,
  'no-unapproved-cloud-storage': noUnapprovedCloudStorage,
  'no-unencrypted-sensitive-attachment': noUnencryptedSensitiveAttachment,
  'no-unprofessional-wording': noUnprofessionalWording,
  'require-bcc-for-parents': requireBccForParents,
};

export { createLinter, lint, rulesMeta, wantsBytes, wantsCorrespondents, type Linter } from './engine/lint.ts';
export { describeFields } from './engine/messages.ts';
export { formatAddress, hasExternalRecipient, isInternal, parseMailbox } from './lib/addresses.ts';
export { isoWeek, weekStart } from './lib/iso-week.ts';
export { parseConfig, resolveOrganisation, sectionSchemas, toConfigFile } from './engine/config.ts';
export { formatIssues } from './engine/config-issues.ts';
export { optionText, type OptionText } from './engine/schemas.ts';
export { applyEdit, toBecomesSender } from './engine/fix.ts';
export type * from './engine/types.ts';
export type { Config, ConfigFile, ConfigIssue, ParseResult, RuleSetting } from './engine/config.ts';
