// Words that mark special-category or highly sensitive pupil and staff information (UK GDPR Art. 9 and
// safeguarding). With an identifier nearby, they make an e-mail to an outside address worth a second look.
// Schools extend or trim this list in config (no-personal-data-to-external › specialCategoryWords).
export const specialCategoryWords: readonly string[] = [
  'safeguarding concern', 'safeguarding referral', 'child protection', 'CP plan', 'child in need', 'CIN plan',
  'disclosure', 'disclosed', 'MASH referral', 'early help', 'section 47', 'strategy meeting',
  'looked after child', 'looked-after child', 'LAC review', 'personal education plan', 'care order', 'foster care', 'social worker',
  'social services', "children's services", 'domestic abuse', 'domestic violence', 'neglect', 'sexual abuse',
  'physical abuse', 'self-harm', 'self harm', 'suicidal', 'eating disorder', 'CAMHS', 'mental health',
  'diagnosis', 'diagnosed', 'medication', 'medical condition', 'EHCP', 'EHC plan', 'SEN support',
  'autism', 'ADHD', 'dyslexia', 'free school meals', 'FSM', 'pupil premium', 'exclusion', 'excluded',
  'police', 'arrested', 'criminal record', 'DBS', 'pregnant', 'pregnancy', 'religion', 'ethnicity',
  'sexual orientation', 'gender identity', 'trade union', 'sickness absence', 'disciplinary', 'grievance',
];
