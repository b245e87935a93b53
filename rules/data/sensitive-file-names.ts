// Words in a file name that suggest pupil or staff personal data. Schools extend or trim the list in
// config (no-unencrypted-sensitive-attachment › keywords).
export const sensitiveFileWords: readonly string[] = [
  'sen', 'send', 'ehcp', 'ehc', 'iep', 'safeguarding', 'cpoms', 'child protection', 'medical', 'medication', 'allergy', 'allergies',
  'health', 'pupil list', 'class list', 'pupils', 'students', 'register', 'attendance', 'contacts', 'contact details', 'addresses',
  'dbs', 'payroll', 'salary', 'salaries', 'sims', 'export', 'upn', 'dob', 'confidential', 'behaviour', 'exclusion', 'exclusions',
  'pupil premium', 'fsm', 'lac', 'cla', 'staff list', 'personnel', 'disclosure', 'referral', 'report cards', 'reports', 'grades',
];
