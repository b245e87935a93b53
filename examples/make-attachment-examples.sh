#!/usr/bin/env bash
# Builds the attachment examples from fixtures made by real tools: a parents' e-mail with the pupil list as
# a plain spreadsheet, the same list in an AES-encrypted zip, and safeguarding minutes as a PDF with only an
# owner password (it opens for anyone). Run after the fixtures script.
set -euo pipefail
cd "$(dirname "$0")"
fixtures=../test/fixtures/attachments
write() {
  local out=$1 file=$2 name=$3 type=$4
  {
    printf 'From: Mrs Joan Ellis <senco@silcoates.org.uk>\nTo: Head of Year 7 <hoy7@silcoates.org.uk>\nCc: Amira Khan (parent) <amira.khan.family@gmail.com>\n'
    printf 'Subject: Year 7 list for the trip\nDate: Fri, 27 Nov 2026 18:00:00 +0000\nMessage-ID: <%s@silcoates.org.uk>\nMIME-Version: 1.0\n' "$out"
    printf 'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\nThe list for the trip is attached.\n\n'
    printf -- '--b1\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n' "$type" "$name" "$name"
    base64 -w 76 "$fixtures/$file"
    printf -- '--b1--\n'
  } > "$out.eml"
}
write pupil-list-plain pupils.xlsx 'Pupil list 7B.xlsx' application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
write pupil-list-encrypted pupils_aes.zip 'Pupil list 7B.zip' application/zip
write safeguarding-pdf-owner-password minutes_owner_only.pdf 'Safeguarding minutes.pdf' application/pdf
